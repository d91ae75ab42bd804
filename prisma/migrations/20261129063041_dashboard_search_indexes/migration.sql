-- Trigram indexes make ILIKE %…% searches (participants, signal quotes) use an index instead of scanning a project.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateIndex
CREATE INDEX "Session_participantEmail_trgm_idx" ON "Session" USING GIN ("participantEmail" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Session_participantName_trgm_idx" ON "Session" USING GIN ("participantName" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Signal_projectId_type_createdAt_id_idx" ON "Signal"("projectId", "type", "createdAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Signal_quote_trgm_idx" ON "Signal" USING GIN ("quote" gin_trgm_ops);
