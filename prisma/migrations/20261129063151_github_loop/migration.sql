-- CreateEnum
CREATE TYPE "GithubAuthKind" AS ENUM ('app', 'token');

-- AlterTable
ALTER TABLE "Implementation" ADD COLUMN     "closedAt" TIMESTAMP(3),
ADD COLUMN     "prBody" TEXT,
ADD COLUMN     "prTitle" TEXT,
ADD COLUMN     "repo" TEXT,
ADD COLUMN     "specGeneratedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "GithubConnection" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "authKind" "GithubAuthKind" NOT NULL,
    "owner" TEXT NOT NULL,
    "repo" TEXT NOT NULL,
    "appId" TEXT,
    "installationId" TEXT,
    "credentials" TEXT NOT NULL,
    "webhookSecret" TEXT NOT NULL,
    "defaultBranch" TEXT,
    "lastCheckedAt" TIMESTAMP(3),
    "lastCheckOk" BOOLEAN,
    "lastCheckMessage" TEXT,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "GithubConnection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GithubWebhookDelivery" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "event" TEXT NOT NULL,
    "action" TEXT,
    "outcome" TEXT NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "GithubWebhookDelivery_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "GithubConnection_projectId_key" ON "GithubConnection"("projectId");

-- CreateIndex
CREATE INDEX "GithubConnection_owner_repo_idx" ON "GithubConnection"("owner", "repo");

-- CreateIndex
CREATE INDEX "GithubWebhookDelivery_projectId_receivedAt_idx" ON "GithubWebhookDelivery"("projectId", "receivedAt");

-- AddForeignKey
ALTER TABLE "GithubConnection" ADD CONSTRAINT "GithubConnection_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GithubWebhookDelivery" ADD CONSTRAINT "GithubWebhookDelivery_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;
