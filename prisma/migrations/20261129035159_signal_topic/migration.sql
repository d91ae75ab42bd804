-- AlterTable
ALTER TABLE "Signal" ADD COLUMN     "topic" TEXT;
