-- AlterTable
ALTER TABLE "Project" ADD COLUMN     "interviewLanguages" TEXT[] DEFAULT ARRAY['en']::TEXT[],
ADD COLUMN     "researchLanguage" TEXT NOT NULL DEFAULT 'en';

-- AlterTable
ALTER TABLE "Screener" ADD COLUMN     "translations" JSONB NOT NULL DEFAULT '{}';

-- AlterTable
ALTER TABLE "ScreenerQuestion" ADD COLUMN     "translations" JSONB NOT NULL DEFAULT '{}';

-- AlterTable
ALTER TABLE "Signal" ADD COLUMN     "language" TEXT,
ADD COLUMN     "translation" TEXT;
