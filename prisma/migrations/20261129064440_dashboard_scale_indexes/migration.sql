-- Scale check (npm run bench:dashboard, 100k sessions): the overview's session counts and weekly trend read
-- (projectId, createdAt, status, processingStatus) index-only instead of the table; it replaces (projectId, createdAt).
-- A screener's responses page and response count read (screenerId, createdAt, id).

-- DropIndex
DROP INDEX "Session_projectId_createdAt_idx";

-- CreateIndex
CREATE INDEX "ScreenerResponse_screenerId_createdAt_id_idx" ON "ScreenerResponse"("screenerId", "createdAt", "id");

-- CreateIndex
CREATE INDEX "Session_projectId_createdAt_status_processingStatus_idx" ON "Session"("projectId", "createdAt", "status", "processingStatus");
