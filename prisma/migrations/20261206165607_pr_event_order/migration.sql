-- AlterTable
ALTER TABLE "Implementation" ADD COLUMN     "prEventAt" TIMESTAMP(3);
