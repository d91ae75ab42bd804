-- AlterTable
ALTER TABLE "MediaChunk" ADD COLUMN     "levelDb" DOUBLE PRECISION,
ADD COLUMN     "spanStartIndex" INTEGER;

-- AlterTable
ALTER TABLE "Session" ADD COLUMN     "language" TEXT;
