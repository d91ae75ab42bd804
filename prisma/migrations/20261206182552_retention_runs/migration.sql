-- AlterTable
ALTER TABLE "MediaChunk" ADD COLUMN     "mediaRemovedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "RetentionRun" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "mediaFilesRemoved" INTEGER NOT NULL DEFAULT 0,
    "sessionsDeleted" INTEGER NOT NULL DEFAULT 0,
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "RetentionRun_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "RetentionRun_projectId_startedAt_idx" ON "RetentionRun"("projectId", "startedAt");

-- AddForeignKey
ALTER TABLE "RetentionRun" ADD CONSTRAINT "RetentionRun_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;
