-- AlterTable
ALTER TABLE "LlmUsage" ADD COLUMN     "characters" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "Screener" ADD COLUMN     "interviewMode" "SessionMode" NOT NULL DEFAULT 'text';

-- AlterTable
ALTER TABLE "SessionMessage" ADD COLUMN     "audioKey" TEXT,
ADD COLUMN     "audioMs" INTEGER,
ADD COLUMN     "spoken" BOOLEAN NOT NULL DEFAULT false;
