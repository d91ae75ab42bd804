-- CreateEnum
CREATE TYPE "DataRightsStatus" AS ENUM ('pending', 'running', 'completed', 'failed');

-- CreateEnum
CREATE TYPE "DataExportKind" AS ENUM ('participant', 'project');

-- CreateTable
CREATE TABLE "ErasureRequest" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "emailHash" TEXT NOT NULL,
    "emailCiphertext" TEXT,
    "status" "DataRightsStatus" NOT NULL DEFAULT 'pending',
    "requestedByKind" TEXT NOT NULL,
    "requestedById" TEXT,
    "progress" JSONB NOT NULL DEFAULT '{}',
    "removed" JSONB NOT NULL DEFAULT '{}',
    "error" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "startedAt" TIMESTAMP(3),
    "completedAt" TIMESTAMP(3),

    CONSTRAINT "ErasureRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DataExport" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "kind" "DataExportKind" NOT NULL,
    "emailHash" TEXT,
    "emailCiphertext" TEXT,
    "status" "DataRightsStatus" NOT NULL DEFAULT 'pending',
    "requestedByKind" TEXT NOT NULL,
    "requestedById" TEXT,
    "progress" JSONB NOT NULL DEFAULT '{}',
    "counts" JSONB NOT NULL DEFAULT '{}',
    "storageKey" TEXT,
    "sizeBytes" BIGINT,
    "error" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "completedAt" TIMESTAMP(3),
    "expiresAt" TIMESTAMP(3),

    CONSTRAINT "DataExport_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ErasureRequest_projectId_createdAt_idx" ON "ErasureRequest"("projectId", "createdAt");

-- CreateIndex
CREATE INDEX "ErasureRequest_projectId_emailHash_idx" ON "ErasureRequest"("projectId", "emailHash");

-- CreateIndex
CREATE INDEX "DataExport_projectId_createdAt_idx" ON "DataExport"("projectId", "createdAt");

-- AddForeignKey
ALTER TABLE "ErasureRequest" ADD CONSTRAINT "ErasureRequest_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DataExport" ADD CONSTRAINT "DataExport_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;
