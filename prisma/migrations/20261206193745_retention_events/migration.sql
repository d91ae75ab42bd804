-- AlterTable
ALTER TABLE "RetentionRun" ADD COLUMN     "eventsDeleted" INTEGER NOT NULL DEFAULT 0;
