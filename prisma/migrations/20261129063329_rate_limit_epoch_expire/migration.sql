-- Rate-limit counters move to rate-limiter-flexible's RateLimiterPostgres layout (one upsert per
-- count): expire becomes epoch milliseconds. Converted in place so live counters survive; the
-- index on expire is rebuilt by the type change.
ALTER TABLE "RateLimit" ALTER COLUMN "expire" TYPE BIGINT USING (EXTRACT(EPOCH FROM "expire") * 1000)::BIGINT;
