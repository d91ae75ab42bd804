-- AlterTable
ALTER TABLE "TaskSignal" ADD COLUMN     "signalCreatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "signalIntensity" DOUBLE PRECISION NOT NULL DEFAULT 0;

-- Backfill the copies from the signals (hand-written: Prisma does not manage data or triggers).
UPDATE "TaskSignal" ts SET "signalIntensity" = s."intensity", "signalCreatedAt" = s."createdAt"
FROM "Signal" s WHERE s."id" = ts."signalId";

-- Every new link copies its signal's intensity and creation time, whoever writes it (pipeline,
-- API, seeds, factories), so no writer has to remember. A signal's values never change after
-- extraction; reprocessing deletes and recreates signals, and their links with them.
CREATE FUNCTION "task_signal_copy_signal"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  SELECT s."intensity", s."createdAt" INTO NEW."signalIntensity", NEW."signalCreatedAt" FROM "Signal" s WHERE s."id" = NEW."signalId";
  RETURN NEW;
END;
$$;

CREATE TRIGGER "TaskSignal_copy_signal" BEFORE INSERT ON "TaskSignal"
FOR EACH ROW EXECUTE FUNCTION "task_signal_copy_signal"();

-- CreateIndex
CREATE INDEX "TaskSignal_taskId_signalIntensity_signalCreatedAt_idx" ON "TaskSignal"("taskId", "signalIntensity" DESC, "signalCreatedAt" DESC);
