-- AlterTable
ALTER TABLE "Project" ADD COLUMN     "keepOriginalText" BOOLEAN NOT NULL DEFAULT false;
