-- CreateTable
CREATE TABLE "ExtractionWindow" (
    "runId" TEXT NOT NULL,
    "windowIndex" INTEGER NOT NULL,
    "signals" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ExtractionWindow_pkey" PRIMARY KEY ("runId","windowIndex")
);

-- AddForeignKey
ALTER TABLE "ExtractionWindow" ADD CONSTRAINT "ExtractionWindow_runId_fkey" FOREIGN KEY ("runId") REFERENCES "ProcessingRun"("id") ON DELETE CASCADE ON UPDATE CASCADE;
