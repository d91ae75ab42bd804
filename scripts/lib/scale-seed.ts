// Bulk-fills a migrated, empty database with one large project for scale checks of the researcher
// dashboard (npm run db:seed:scale, npm run bench:dashboard). Everything is INSERT … SELECT over
// generate_series inside PostgreSQL, so 3+ million rows take a minute or two, not an hour of
// Prisma round trips.
//
// Distributions (deterministic: setseed):
// - sessions spread evenly over the last ~6 months; 70% completed (85% of those processed, 5% failed,
//   2% processing), 15% abandoned, 3% active, 12% pending; 70% come from one of the screeners (with
//   their screener response), the rest from the SDK; 60% text, 30% voice, 10% async;
// - screener responses: one per screener session plus ~25% as many disqualified ones;
// - messages (24 each) for ~10% of the completed sessions and for the ones with the most events;
// - events spread over started sessions with a long tail (a few sessions have thousands, every
//   session a handful): power-law rank ~ r²;
// - signals over processed sessions (rank ~ r^1.3: a few dozen for the busiest session) with types,
//   confidence, intensity, a quote, topic, context, analysis and a timestamp after the session;
// - tasks, one per topic; 90% of signals link to one, with a long tail (the top task has ~2,500
//   signals); priority score grows with the evidence; status spread over the board; status history;
// - processing runs with steps and LLM usage for every processed/failed session, session activity,
//   audio chunk rows (no files) for completed voice sessions.
import { createHash } from "node:crypto";
import pg from "pg";

export interface ScaleCounts {
  sessions: number;
  events: number;
  signals: number;
  tasks: number;
}

export const FULL_SCALE: ScaleCounts = { sessions: 100_000, events: 1_000_000, signals: 200_000, tasks: 5_000 };

export const SCALE = {
  projectId: "scale-project",
  ownerId: "scale-owner",
  /** The user the dashboard benchmark signs in as (owner of the scale project). */
  email: "scale@usertests.dev",
  publicKey: `ut_pub_scale_${"0".repeat(37)}`,
  screeners: 8,
} as const;

const sha256 = (s: string) => createHash("sha256").update(s, "utf8").digest("hex");

/** A cuid-looking, deterministic id expression: 'c' + one letter for the table + 23 hex characters. */
const idOf = (letter: string, expr: string) => `('c${letter}' || substr(md5('${letter}' || (${expr})::text), 1, 23))`;

/** A multiplier coprime with n, so (k * P) % n is a permutation of 0..n-1. */
function coprime(n: number): number {
  const gcd = (a: number, b: number): number => (b ? gcd(b, a % b) : a);
  let p = 7919;
  while (gcd(p, n) !== 1) p += 2;
  return p;
}

const pgArray = (items: readonly string[]) => `ARRAY[${items.map((s) => `'${s.replaceAll("'", "''")}'`).join(", ")}]`;

const ACTIONS = [
  "Exporting",
  "Finding",
  "Editing",
  "Importing",
  "Sharing",
  "Filtering",
  "Paying",
  "Reconciling",
  "Approving",
  "Scheduling",
  "Printing",
  "Searching",
  "Archiving",
  "Downloading",
  "Uploading",
  "Merging",
  "Tagging",
  "Comparing",
  "Undoing changes to",
  "Bulk-updating",
];
const OBJECTS = [
  "invoices",
  "receipts",
  "the tax report",
  "customer records",
  "recurring payments",
  "the price list",
  "team permissions",
  "refunds",
  "the checkout page",
  "discount codes",
  "shipping labels",
  "purchase orders",
  "bank transactions",
  "VAT numbers",
  "currency settings",
  "payment reminders",
  "credit notes",
  "expense claims",
  "the dashboard",
  "supplier bills",
  "order history",
  "saved carts",
  "gift cards",
  "subscription plans",
  "email templates",
];
const CONTEXTS = [
  "to accounting software",
  "on mobile",
  "at month end",
  "for several clients",
  "in another currency",
  "without a spreadsheet",
  "from the search results",
  "after a failed payment",
  "with a slow connection",
  "for the first time",
];
const QUOTES = [
  "Honestly I just copy everything into a spreadsheet because the export never has the columns my accountant wants.",
  "I clicked around for five minutes and could not find where that setting lives, so I gave up and emailed support.",
  "The moment I saw the error I knew I would have to redo the whole thing from scratch.",
  "We started looking for another tool the week the invoices went out with the wrong tax.",
  "What I really want is to press one button at the end of the month and be done with it.",
  "It works, but only if you do it in exactly the right order, which nobody remembers.",
  "My workaround is a sticky note on the monitor with the steps written down.",
  "I was nervous the first time because there is no way to see what it will do before it does it.",
  "If it could just remember my last choice I would save an hour every week.",
  "The mobile version hides the one button I need, so I wait until I am back at my desk.",
  "I chose you over the other one because the import actually understood our old file.",
  "Every time the page reloads I lose the filters and have to set them again.",
  "I did not trust the total, so I added it up again on a calculator.",
  "We pay someone half a day a month just to reconcile these by hand.",
  "It felt great when it finally matched; I actually said yes out loud.",
  "The search finds the customer but not their invoices, which is the whole point.",
];
const URLS = [
  "https://shop.example.com/",
  "https://shop.example.com/invoices",
  "https://shop.example.com/invoices/new",
  "https://shop.example.com/customers",
  "https://shop.example.com/reports/tax",
  "https://shop.example.com/settings/billing",
  "https://shop.example.com/checkout",
  "https://shop.example.com/checkout/payment",
  "https://shop.example.com/orders",
  "https://shop.example.com/export",
  "https://shop.example.com/import",
  "https://shop.example.com/help",
];

const BULK_TABLES = [
  "Session",
  "ScreenerResponse",
  "SessionMessage",
  "SessionEvent",
  "SessionActivity",
  "MediaChunk",
  "ProcessingRun",
  "ProcessingStep",
  "LlmUsage",
  "Signal",
  "TaskSignal",
  "TaskStatusChange",
];

export interface ScaleSeedResult {
  projectId: string;
  email: string;
  rows: Record<string, number>;
  timings: [step: string, seconds: number][];
}

/**
 * Fills `databaseUrl` (migrated, and without the scale project) with the scale project.
 * `log` receives one line per step with its duration.
 */
export async function seedScaleData(
  databaseUrl: string,
  counts: ScaleCounts = FULL_SCALE,
  log: (line: string) => void = () => {},
): Promise<ScaleSeedResult> {
  const { sessions: N, events: E, signals: S, tasks: T } = counts;
  if (T > ACTIONS.length * OBJECTS.length * CONTEXTS.length)
    throw new Error(`at most ${ACTIONS.length * OBJECTS.length * CONTEXTS.length} tasks`);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const timings: [string, number][] = [];
  const step = async (name: string, sql: string, params: unknown[] = []) => {
    const started = performance.now();
    const res = await client.query(sql, params);
    const secs = (performance.now() - started) / 1000;
    timings.push([name, secs]);
    log(`  ${name.padEnd(34)} ${String(res.rowCount ?? "").padStart(9)} rows  ${secs.toFixed(1).padStart(6)} s`);
  };
  const now = new Date();
  const P = SCALE.projectId;
  const owner = SCALE.ownerId;

  try {
    await client.query("SET TIME ZONE 'UTC'"); // the columns are timestamp without time zone, read as UTC
    await client.query("SET synchronous_commit = off");
    await client.query("SET work_mem = '64MB'");
    await client.query("SET maintenance_work_mem = '256MB'");
    await client.query("SELECT setseed(0.42)");
    await client.query("BEGIN");
    await client.query(
      "CREATE TEMP TABLE scale_now ON COMMIT DROP AS SELECT $1::timestamptz AS now, $1::timestamptz - interval '182 days' AS base",
      [now],
    );

    // Secondary indexes of the bulk-filled tables are dropped for the load and rebuilt at the end, in
    // the same transaction: one sort per index instead of millions of random inserts (several times
    // faster, the trigram GIN indexes most of all). Primary keys stay, for the foreign keys.
    const { rows: deferred } = await client.query<{ name: string; def: string }>(
      `SELECT i.indexname AS name, i.indexdef AS def FROM pg_indexes i
       WHERE i.schemaname = current_schema() AND i.tablename = ANY($1::text[])
         AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname AND c.contype = 'p')`,
      [BULK_TABLES],
    );
    for (const index of deferred) await client.query(`DROP INDEX "${index.name.replaceAll('"', '""')}"`);

    // ───── people, project, keys ─────
    await step(
      "users, projects, members",
      `WITH u AS (
         INSERT INTO "User" (id, email, name, "emailVerified", "createdAt", "updatedAt")
         VALUES ('${owner}', '${SCALE.email}', 'Scale Owner', now(), now() - interval '200 days', now()),
                ('scale-admin', 'scale-admin@usertests.dev', 'Scale Admin', now(), now() - interval '190 days', now()),
                ('scale-member', 'scale-member@usertests.dev', 'Scale Member', now(), now() - interval '150 days', now()),
                ('scale-viewer', 'scale-viewer@usertests.dev', 'Scale Viewer', now(), now() - interval '100 days', now())
         ON CONFLICT (email) DO NOTHING RETURNING id
       ), p AS (
         INSERT INTO "Project" (id, name, description, "githubRepo", "allowedOrigins", "createdAt", "updatedAt")
         SELECT CASE WHEN k = 0 THEN '${P}' ELSE '${P}-' || k END,
                CASE WHEN k = 0 THEN 'Scale Checkout' ELSE 'Side project ' || k END,
                CASE WHEN k = 0 THEN '100k sessions of research on the checkout, for scale checks.' END,
                CASE WHEN k = 0 THEN 'acme/checkout' END,
                CASE WHEN k = 0 THEN ARRAY['https://shop.example.com'] ELSE ARRAY[]::text[] END,
                now() - (200 - k) * interval '1 day', now()
         FROM generate_series(0, 9) k RETURNING id
       )
       INSERT INTO "Membership" (id, "projectId", "userId", role, "createdAt", "updatedAt")
       SELECT 'cm' || substr(md5(p.id || u.id), 1, 23), p.id, u.id,
              (CASE u.id WHEN '${owner}' THEN 'owner' WHEN 'scale-admin' THEN 'admin' WHEN 'scale-member' THEN 'member' ELSE 'viewer' END)::"Role",
              now(), now()
       FROM p CROSS JOIN u WHERE p.id = '${P}' OR u.id = '${owner}'`,
    );
    await step(
      "keys, invitations",
      `WITH k AS (
         INSERT INTO "ProjectKey" (id, "projectId", kind, name, prefix, "keyHash", "publicValue", "createdById", "createdAt")
         VALUES ('cscalepublickey', '${P}', 'public', 'Public key', $1, $2, $3, '${owner}', now() - interval '180 days'),
                ('cscalesecretkey', '${P}', 'secret', 'CI', 'ut_sec_scale0', $4, NULL, '${owner}', now() - interval '170 days')
         RETURNING id
       )
       INSERT INTO "Invitation" (id, "projectId", email, role, "tokenHash", "invitedById", "expiresAt", "createdAt")
       SELECT 'ci' || substr(md5('inv' || i), 1, 23), '${P}', 'invitee' || i || '@example.com', 'member', md5('scale-invitation' || i) || md5('x' || i),
              '${owner}', now() + interval '5 days', now() - interval '2 days'
       FROM generate_series(1, 3) i`,
      [SCALE.publicKey.slice(0, 13), sha256(SCALE.publicKey), SCALE.publicKey, sha256("ut_sec_scale-secret")],
    );

    // ───── screeners ─────
    const screeners = SCALE.screeners;
    await step(
      "screeners, questions",
      `WITH s AS (
         INSERT INTO "Screener" (id, "projectId", title, description, status, "welcomeMessage", "thankYouMessage", "disqualifiedMessage", "consentText", incentive, "maxParticipants", "createdAt", "updatedAt")
         SELECT ${idOf("s", "k")}, '${P}', 'Checkout study, wave ' || (k + 1), 'Recruiting people who send invoices every month.',
                (CASE WHEN k >= ${screeners} - 3 THEN 'active' WHEN k >= ${screeners} - 5 THEN 'paused' ELSE 'closed' END)::"ScreenerStatus",
                'Thanks for helping us improve the product.', 'Thanks for sharing your experience with us.',
                'Thanks for your time. This study is looking for a different profile.',
                'We record this interview to learn from it. Recordings are deleted after 90 days.', '$20 gift card', NULL,
                base + k * (interval '182 days' / ${screeners}), now
         FROM generate_series(0, ${screeners - 1}) k, scale_now RETURNING id
       )
       INSERT INTO "ScreenerQuestion" (id, "screenerId", position, text, type, required, options, min, max, "qualifyOptions", "disqualifyOptions", "qualifyMin")
       SELECT 'cq' || substr(md5(s.id || q), 1, 23), s.id, q,
              (ARRAY['What best describes your role?', 'Which tools do you use today?', 'How many invoices do you send per month?', 'Anything else we should know?'])[q + 1],
              (ARRAY['single_choice', 'multiple_choice', 'number', 'text'])[q + 1]::"QuestionType", q < 3,
              CASE q WHEN 0 THEN ARRAY['Founder', 'Finance', 'Operations', 'Student'] WHEN 1 THEN ARRAY['Spreadsheets', 'Accounting software', 'None'] ELSE ARRAY[]::text[] END,
              CASE q WHEN 2 THEN 0 END, CASE q WHEN 2 THEN 100000 END, ARRAY[]::text[],
              CASE q WHEN 0 THEN ARRAY['Student'] WHEN 1 THEN ARRAY['None'] ELSE ARRAY[]::text[] END,
              CASE q WHEN 2 THEN 5 END
       FROM s CROSS JOIN generate_series(0, 3) q`,
    );

    // ───── sessions ─────
    // scale_session: one row per session with the random draws its children reuse.
    await step(
      "plan sessions",
      `CREATE TEMP TABLE scale_session ON COMMIT DROP AS
       SELECT i AS idx, ${idOf("x", "i")} AS id,
              base + (i::float8 / ${N}) * interval '182 days' + random() * interval '30 minutes' AS created_at,
              random() AS r_status, random() AS r_proc, random() AS r_mode, random() AS r_src, random() AS r_dur
       FROM generate_series(0, ${N - 1}) i, scale_now`,
    );
    await client.query(`ALTER TABLE scale_session ADD COLUMN status text, ADD COLUMN processing text, ADD COLUMN mode text, ADD COLUMN screener_id text,
      ADD COLUMN started_at timestamptz, ADD COLUMN completed_at timestamptz, ADD COLUMN processed_at timestamptz, ADD COLUMN duration_ms int`);
    await step(
      "decide session outcomes",
      `UPDATE scale_session SET
         status = CASE WHEN r_status < 0.70 THEN 'completed' WHEN r_status < 0.85 THEN 'abandoned' WHEN r_status < 0.88 THEN 'active' ELSE 'pending' END,
         mode = CASE WHEN r_mode < 0.6 THEN 'text' WHEN r_mode < 0.9 THEN 'voice' ELSE 'async' END,
         screener_id = CASE WHEN r_src < 0.7 THEN ${idOf("s", `least(${screeners - 1}, floor(idx::float8 / ${N} * ${screeners})::int)`)} END`,
    );
    await step(
      "session timestamps",
      `UPDATE scale_session SET
         processing = CASE WHEN status <> 'completed' THEN 'pending' WHEN r_proc < 0.85 THEN 'processed' WHEN r_proc < 0.90 THEN 'failed' WHEN r_proc < 0.92 THEN 'processing' ELSE 'pending' END,
         started_at = CASE WHEN status <> 'pending' THEN created_at + interval '1 minute' + r_dur * interval '4 minutes' END,
         duration_ms = CASE WHEN status IN ('completed', 'abandoned') THEN (300000 + r_dur * 2400000)::int END`,
    );
    await step(
      "session end times",
      `UPDATE scale_session SET
         completed_at = CASE WHEN status IN ('completed', 'abandoned') THEN started_at + duration_ms * interval '1 millisecond' END,
         processed_at = CASE WHEN processing = 'processed' THEN started_at + duration_ms * interval '1 millisecond' + interval '3 minutes' + r_proc * interval '5 minutes' END`,
    );
    await client.query("ALTER TABLE scale_session ADD PRIMARY KEY (idx)");
    await step(
      "Session",
      `INSERT INTO "Session" (id, "projectId", "screenerId", "participantName", "participantEmail", "externalId", status, mode, "currentPhase", "phaseTurns",
         "participantTurns", "consentRecording", "consentAnalytics", "consentFollowUp", "startedAt", "completedAt", "durationMs", "processingStatus",
         "processingError", "processedAt", summary, "inputTokens", "outputTokens", "cacheReadTokens", "cacheWriteTokens", "audioSeconds", "costUsd",
         "userAgent", "createdAt", "updatedAt")
       SELECT id, '${P}', screener_id,
              CASE WHEN screener_id IS NOT NULL OR r_src < 0.85 THEN 'Participant ' || idx END,
              CASE WHEN screener_id IS NOT NULL THEN 'participant' || idx || '@example.com' WHEN r_src < 0.85 THEN 'user' || (idx % 20000) || '@customer.example' END,
              CASE WHEN screener_id IS NULL THEN 'user_' || (idx % 20000) END,
              status::"SessionStatus", mode::"SessionMode",
              (CASE WHEN status = 'completed' THEN 'wrap_up' WHEN status = 'abandoned' THEN 'active_looking' ELSE 'rapport' END)::"InterviewPhase",
              CASE WHEN status = 'completed' THEN '{"rapport":3,"first_thought":2,"passive_looking":2,"active_looking":3,"deciding":2,"first_use":2,"wrap_up":1}'::jsonb ELSE '{}'::jsonb END,
              CASE WHEN status = 'completed' THEN 15 WHEN status = 'abandoned' THEN 6 ELSE 0 END,
              mode = 'voice' OR r_mode < 0.3, r_mode < 0.8, r_mode < 0.4,
              started_at, completed_at, duration_ms, processing::"ProcessingStatus",
              CASE WHEN processing = 'failed' THEN 'Signal extraction failed after 3 attempts: the model answered 529 (overloaded).' END,
              processed_at,
              CASE WHEN processing = 'processed' THEN 'The participant reconciles invoices by hand at month end and exports to a spreadsheet because the export lacks the columns their accountant needs. They would pay for a one-click month-end close.' END,
              CASE WHEN status = 'completed' THEN 30000 + (r_dur * 20000)::int ELSE 0 END,
              CASE WHEN status = 'completed' THEN 4000 + (r_dur * 3000)::int ELSE 0 END,
              CASE WHEN status = 'completed' THEN 20000 ELSE 0 END, CASE WHEN status = 'completed' THEN 3000 ELSE 0 END,
              CASE WHEN mode = 'voice' AND status = 'completed' THEN duration_ms / 1000.0 ELSE 0 END,
              CASE WHEN status = 'completed' THEN round((0.05 + r_dur * 0.5)::numeric, 6) ELSE 0 END,
              'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36',
              created_at, coalesce(processed_at, completed_at, started_at, created_at)
       FROM scale_session`,
    );
    await step(
      "ScreenerResponse",
      `INSERT INTO "ScreenerResponse" (id, "screenerId", "projectId", answers, "participantName", "participantEmail", qualified, "disqualifyReason",
         "consentRecording", "consentAnalytics", "consentFollowUp", "utmSource", "utmMedium", "utmCampaign", "sessionId", "createdAt")
       SELECT ${idOf("r", "idx")}, screener_id, '${P}',
              jsonb_build_object('q0', (ARRAY['Founder', 'Finance', 'Operations'])[1 + idx % 3], 'q1', jsonb_build_array('Spreadsheets', 'Accounting software'), 'q2', 10 + idx % 400),
              'Participant ' || idx, 'participant' || idx || '@example.com', true, NULL, mode = 'voice' OR r_mode < 0.3, r_mode < 0.8, r_mode < 0.4,
              (ARRAY['newsletter', 'linkedin', 'in-app', NULL])[1 + idx % 4], CASE WHEN idx % 4 < 3 THEN 'social' END, CASE WHEN idx % 4 < 3 THEN 'checkout-study' END,
              id, created_at - interval '2 minutes'
       FROM scale_session WHERE screener_id IS NOT NULL
       UNION ALL
       SELECT ${idOf("d", "j")}, ${idOf("s", `j % ${screeners}`)}, '${P}', jsonb_build_object('q0', 'Student', 'q1', jsonb_build_array('None'), 'q2', 0),
              NULL, 'dq' || j || '@example.com', false, 'What best describes your role?: "Student" is not accepted', false, false, false,
              'linkedin', 'social', 'checkout-study', NULL,
              base + (j::float8 / ${Math.max(1, Math.round(N * 0.25))}) * interval '182 days'
       FROM generate_series(0, ${Math.round(N * 0.25) - 1}) j, scale_now`,
    );
    await step(
      "screener funnel counters",
      `UPDATE "Screener" s SET "qualifiedCount" = c.q, "disqualifiedCount" = c.d, "completionCount" = c.q + c.d,
              "startCount" = ((c.q + c.d) * 1.3)::int, "viewCount" = ((c.q + c.d) * 2.4)::int
       FROM (SELECT "screenerId", count(*) FILTER (WHERE qualified) q, count(*) FILTER (WHERE NOT qualified) d FROM "ScreenerResponse" GROUP BY 1) c
       WHERE c."screenerId" = s.id`,
    );

    // ───── messages (some sessions), events (long tail), activity, chunks ─────
    // started sessions in a shuffled order; event k goes to the one at rank floor(m · r²)
    await step(
      "plan events",
      `CREATE TEMP TABLE scale_started ON COMMIT DROP AS
       SELECT (row_number() OVER (ORDER BY md5(id)) - 1)::int AS rank, id, started_at, coalesce(duration_ms, 900000) AS duration_ms
       FROM scale_session WHERE status <> 'pending'`,
    );
    await client.query("ALTER TABLE scale_started ADD PRIMARY KEY (rank)");
    const started = Number((await client.query("SELECT count(*) FROM scale_started")).rows[0].count);
    const messagesPer = 24;
    await step(
      "SessionMessage",
      `INSERT INTO "SessionMessage" (id, "sessionId", role, content, "offsetMs", phase, "createdAt")
       SELECT ${idOf("m", "s.idx * 100 + m")}, s.id, (CASE WHEN m % 2 = 0 THEN 'interviewer' ELSE 'participant' END)::"MessageRole",
              CASE WHEN m % 2 = 0 THEN 'Can you walk me through the last time that happened? What did you do next?'
                   ELSE (${pgArray(QUOTES)})[1 + (s.idx + m) % ${QUOTES.length}] END,
              (m * s.duration_ms / ${messagesPer})::int,
              (${pgArray(["rapport", "first_thought", "passive_looking", "active_looking", "deciding", "first_use", "wrap_up"])})[1 + m * 7 / ${messagesPer}]::"InterviewPhase",
              s.started_at + (m * s.duration_ms / ${messagesPer}) * interval '1 millisecond'
       FROM scale_session s CROSS JOIN generate_series(0, ${messagesPer - 1}) m
       WHERE s.status = 'completed' AND s.mode <> 'async'
         AND (s.idx % 10 = 3 OR s.id IN (SELECT id FROM scale_started WHERE rank < 200)) -- the busiest sessions were interviews too`,
    );
    await step(
      "SessionEvent",
      `INSERT INTO "SessionEvent" (id, "sessionId", "clientEventId", type, "offsetMs", url, data, "createdAt")
       SELECT ${idOf("e", "e.k")}, s.id, 'e' || e.k, e.type::"SessionEventType", e.off, e.url,
              CASE e.type
                WHEN 'click' THEN jsonb_build_object('selector', 'main > form > button.action:nth-of-type(' || (e.k % 9 + 1) || ')', 'tag', 'button', 'text', 'Continue', 'x', e.k % 1200, 'y', e.k % 800)
                WHEN 'navigation' THEN jsonb_build_object('from', e.url, 'title', 'Invoices')
                WHEN 'scroll' THEN jsonb_build_object('y', e.k % 4000, 'maxY', 4000)
                WHEN 'input_change' THEN jsonb_build_object('selector', 'input#amount', 'masked', true)
                WHEN 'error' THEN jsonb_build_object('message', 'TypeError: Cannot read properties of undefined (reading ''total'')', 'source', 'app.js')
                ELSE jsonb_build_object('name', 'export_clicked')
              END,
              s.started_at + e.off * interval '1 millisecond'
       FROM (
         SELECT k, floor(${started} * r * r)::int AS rank, r2,
                CASE WHEN t < 0.45 THEN 'click' WHEN t < 0.60 THEN 'navigation' WHEN t < 0.90 THEN 'scroll' WHEN t < 0.97 THEN 'input_change' WHEN t < 0.99 THEN 'error' ELSE 'custom' END AS type,
                (${pgArray(URLS)})[1 + floor(u * ${URLS.length})::int] AS url
         FROM (SELECT k, random() AS r, random() AS r2, random() AS t, random() AS u FROM generate_series(0, ${E - 1}) k) x
       ) e0
       JOIN scale_started s ON s.rank = e0.rank
       CROSS JOIN LATERAL (SELECT e0.k, e0.type, e0.url, (e0.r2 * s.duration_ms)::int AS off) e
       ORDER BY s.started_at, s.id, e.off -- a session's events arrive together (batches), so they sit together on disk`,
    );
    await step(
      "SessionActivity",
      `INSERT INTO "SessionActivity" (id, "sessionId", kind, message, data, "createdAt")
       SELECT ${idOf("a", "s.idx * 4 + a.n")}, s.id, a.kind, a.message, a.data, a.at
       FROM scale_session s
       CROSS JOIN LATERAL (VALUES
         (0, 'ended', NULL, '{}'::jsonb, s.completed_at),
         (1, 'processing_started', NULL, jsonb_build_object('trigger', 'completed'), s.completed_at + interval '1 minute'),
         (2, CASE s.processing WHEN 'failed' THEN 'processing_failed' ELSE 'processed' END,
             CASE s.processing WHEN 'failed' THEN 'Signal extraction failed after 3 attempts' END, '{}'::jsonb, coalesce(s.processed_at, s.completed_at + interval '20 minutes'))
       ) AS a(n, kind, message, data, at)
       WHERE s.status = 'completed' AND (a.n = 0 OR (s.processing IN ('processed', 'failed') ) OR (a.n = 1 AND s.processing = 'processing'))`,
    );
    await step(
      "MediaChunk (rows only)",
      `INSERT INTO "MediaChunk" (id, "sessionId", kind, "chunkIndex", "storageKey", "sizeBytes", "mimeType", "startOffsetMs", "durationMs", "transcriptText", "transcriptStatus", "createdAt")
       SELECT ${idOf("k", "s.idx * 10 + c")}, s.id, 'audio', c, 'sessions/' || s.id || '/audio/' || lpad(c::text, 6, '0') || '.webm', 480000, 'audio/webm;codecs=opus',
              c * 300000, 300000, (${pgArray(QUOTES)})[1 + (s.idx + c) % ${QUOTES.length}], 'done', s.started_at + c * interval '5 minutes'
       FROM scale_session s CROSS JOIN generate_series(0, 5) c
       WHERE s.status = 'completed' AND s.mode = 'voice'`,
    );

    // ───── processing history ─────
    await step(
      "ProcessingRun",
      `INSERT INTO "ProcessingRun" (id, "projectId", "sessionId", trigger, attempt, status, error, "startedAt", "finishedAt")
       SELECT ${idOf("p", "idx")}, '${P}', id, 'completed', CASE processing WHEN 'failed' THEN 2 ELSE 0 END,
              (CASE processing WHEN 'processed' THEN 'succeeded' WHEN 'failed' THEN 'failed' ELSE 'running' END)::"RunStatus",
              CASE processing WHEN 'failed' THEN 'The model answered 529 (overloaded)' END,
              completed_at + interval '1 minute', CASE WHEN processing <> 'processing' THEN coalesce(processed_at, completed_at + interval '20 minutes') END
       FROM scale_session WHERE status = 'completed' AND processing <> 'pending'`,
    );
    await step(
      "ProcessingStep",
      `INSERT INTO "ProcessingStep" (id, "runId", name, status, "startedAt", "finishedAt")
       SELECT ${idOf("t", "s.idx * 8 + n")}, ${idOf("p", "s.idx")}, (ARRAY['start', 'build-timeline', 'extract-0', 'save-signals', 'match-tasks', 'summarize'])[n + 1],
              (CASE WHEN s.processing = 'processed' OR n < 2 THEN 'succeeded' WHEN s.processing = 'failed' AND n = 2 THEN 'failed' ELSE 'running' END)::"RunStatus",
              s.completed_at + interval '1 minute' + n * interval '20 seconds', s.completed_at + interval '1 minute' + (n + 1) * interval '20 seconds'
       FROM scale_session s CROSS JOIN generate_series(0, 5) n
       WHERE s.status = 'completed' AND (s.processing = 'processed' OR (s.processing IN ('failed', 'processing') AND n <= 2))`,
    );
    await step(
      "LlmUsage",
      `INSERT INTO "LlmUsage" (id, "projectId", "sessionId", "runId", step, purpose, provider, model, "inputTokens", "outputTokens", "cacheReadTokens", "costUsd", "createdAt")
       SELECT ${idOf("l", "s.idx * 2 + n")}, '${P}', s.id, ${idOf("p", "s.idx")}, (ARRAY['extract-0', 'summarize'])[n + 1], (ARRAY['extract', 'summary'])[n + 1],
              'anthropic', 'claude-sonnet-4-6', 12000 + n * 3000, 1500, 8000, 0.0612, s.completed_at + interval '2 minutes'
       FROM scale_session s CROSS JOIN generate_series(0, 1) n
       WHERE s.processing = 'processed'`,
    );

    // ───── signals, tasks, links ─────
    await step(
      "plan signals",
      `CREATE TEMP TABLE scale_processed ON COMMIT DROP AS
       SELECT (row_number() OVER (ORDER BY md5('sig' || id)) - 1)::int AS rank, id, started_at, duration_ms, processed_at
       FROM scale_session WHERE processing = 'processed'`,
    );
    await client.query("ALTER TABLE scale_processed ADD PRIMARY KEY (rank)");
    const processed = Number((await client.query("SELECT count(*) FROM scale_processed")).rows[0].count);
    if (processed === 0) throw new Error("no processed sessions to attach signals to (too few sessions)");
    const perm = coprime(T);
    await step(
      "Signal",
      `CREATE TEMP TABLE scale_signal ON COMMIT DROP AS
       SELECT k, ${idOf("g", "k")} AS id, s.id AS session_id, s.processed_at AS created_at, (x.r2 * s.duration_ms)::int AS off, x.t, x.c, x.i,
              CASE WHEN x.link < 0.9 THEN ((floor(${T} * x.tr * x.tr)::int * ${perm}) % ${T}) END AS task
       FROM (SELECT k, power(random(), 1.3) AS r, random() AS r2, random() AS t, random() AS c, random() AS i, random() AS link, random() AS tr
             FROM generate_series(0, ${S - 1}) k) x
       JOIN scale_processed s ON s.rank = floor(${processed} * x.r)::int`,
    );
    await step(
      "Signal rows",
      `INSERT INTO "Signal" (id, "projectId", "sessionId", type, quote, topic, context, analysis, confidence, intensity, "offsetMs", "createdAt")
       SELECT id, '${P}', session_id,
              (CASE WHEN t < 0.30 THEN 'struggling_moment' WHEN t < 0.50 THEN 'workaround' WHEN t < 0.65 THEN 'desired_outcome' WHEN t < 0.78 THEN 'emotional_response'
                    WHEN t < 0.90 THEN 'firing_moment' ELSE 'hiring_criteria' END)::"SignalType",
              -- varied text (16 openings × what it was about), so phrase search meets realistic selectivity
              (${pgArray(QUOTES)})[1 + (k % ${QUOTES.length})] || ' That was with ' || (${pgArray(OBJECTS)})[1 + (k / ${QUOTES.length}) % ${OBJECTS.length}] ||
                ' ' || (${pgArray(CONTEXTS)})[1 + (k / ${QUOTES.length * OBJECTS.length}) % ${CONTEXTS.length}] || ', week ' || (k % 53) || '.',
              CASE WHEN task IS NOT NULL THEN
                (${pgArray(ACTIONS)})[1 + task % ${ACTIONS.length}] || ' ' || (${pgArray(OBJECTS)})[1 + (task / ${ACTIONS.length}) % ${OBJECTS.length}] || ' ' ||
                (${pgArray(CONTEXTS)})[1 + (task / ${ACTIONS.length * OBJECTS.length}) % ${CONTEXTS.length}] END,
              'While closing the month the participant exported the invoice list and fixed the columns by hand.',
              'A recurring manual step that costs time every month; the participant has already built a workaround.',
              round((0.5 + c * 0.5)::numeric, 2)::float8, round(i::numeric, 2)::float8, off, created_at
       FROM scale_signal ORDER BY created_at, session_id, off`,
    );
    await step(
      "Task",
      `INSERT INTO "Task" (id, "projectId", title, description, type, status, effort, "createdAt", "updatedAt")
       SELECT ${idOf("y", "t")}, '${P}',
              (${pgArray(ACTIONS)})[1 + t % ${ACTIONS.length}] || ' ' || (${pgArray(OBJECTS)})[1 + (t / ${ACTIONS.length}) % ${OBJECTS.length}] || ' ' ||
              (${pgArray(CONTEXTS)})[1 + (t / ${ACTIONS.length * OBJECTS.length}) % ${CONTEXTS.length}],
              'Participants describe this problem in their own words; see the evidence below. Acceptance: the job can be done without a spreadsheet.',
              (ARRAY['improvement', 'bug', 'feature', 'research'])[1 + t % 4]::"TaskType",
              (CASE WHEN st < 0.50 THEN 'backlog' WHEN st < 0.65 THEN 'ready' WHEN st < 0.75 THEN 'in_progress' WHEN st < 0.80 THEN 'in_review' WHEN st < 0.95 THEN 'done' ELSE 'wont_fix' END)::"TaskStatus",
              (ARRAY['xs', 's', 'm', 'l', 'xl'])[1 + t % 5]::"Effort",
              base + random() * interval '120 days', now
       FROM (SELECT t, random() AS st FROM generate_series(0, ${T - 1}) t) x, scale_now`,
    );
    await step(
      "TaskSignal",
      `INSERT INTO "TaskSignal" ("taskId", "signalId", "createdAt")
       SELECT ${idOf("y", "task")}, id, created_at + interval '30 seconds' FROM scale_signal WHERE task IS NOT NULL`,
    );
    await step(
      "task counters and priorities",
      `UPDATE "Task" t SET "signalCount" = c.signals, "sessionCount" = c.sessions,
              "priorityScore" = c.score,
              "priorityLabel" = (CASE WHEN c.score >= 80 THEN 'critical' WHEN c.score >= 60 THEN 'high' WHEN c.score >= 40 THEN 'medium' ELSE 'low' END)::"PriorityLabel",
              "priorityBreakdown" = jsonb_build_object('frequency', least(100, c.signals), 'recency', 70, 'intensity', 55, 'breadth', least(100, c.sessions), 'urgency', 40),
              "createdAt" = least(t."createdAt", c.first_at)
       FROM (SELECT ts."taskId", count(*) AS signals, count(DISTINCT sg."sessionId") AS sessions, min(sg."createdAt") AS first_at,
                    round(least(100, 12 * ln(1 + count(*)) + 5 * random())::numeric, 2)::float8 AS score
             FROM "TaskSignal" ts JOIN "Signal" sg ON sg.id = ts."signalId" GROUP BY ts."taskId") c
       WHERE c."taskId" = t.id`,
    );
    await step(
      "TaskStatusChange",
      `INSERT INTO "TaskStatusChange" (id, "taskId", "fromStatus", "toStatus", "actorUserId", "createdAt")
       SELECT ${idOf("h", "x.n::text || t.id")}, t.id, x."from", x."to", x.actor, t."createdAt" + x.n * interval '3 days'
       FROM "Task" t CROSS JOIN LATERAL (VALUES
         (0, NULL::"TaskStatus", 'backlog'::"TaskStatus", NULL::text),
         (1, 'backlog'::"TaskStatus", 'ready'::"TaskStatus", '${owner}'),
         (2, 'ready'::"TaskStatus", 'in_progress'::"TaskStatus", 'scale-member'),
         (3, 'in_progress'::"TaskStatus", t.status, 'scale-member')
       ) AS x(n, "from", "to", actor)
       WHERE t."projectId" = '${P}' AND (x.n = 0 OR (x.n = 1 AND t.status <> 'backlog') OR (x.n = 2 AND t.status NOT IN ('backlog', 'ready'))
             OR (x.n = 3 AND t.status IN ('in_review', 'done', 'wont_fix')))`,
    );
    await step(
      "session signal counts",
      `UPDATE "Session" s SET "signalCount" = c.n FROM (SELECT session_id, count(*) AS n FROM scale_signal GROUP BY 1) c WHERE c.session_id = s.id`,
    );
    const i0 = performance.now();
    for (const index of deferred) await client.query(index.def);
    timings.push(["rebuild indexes", (performance.now() - i0) / 1000]);
    log(
      `  ${`rebuild ${deferred.length} indexes`.padEnd(34)} ${"".padStart(9)}       ${((performance.now() - i0) / 1000).toFixed(1).padStart(6)} s`,
    );
    const c0 = performance.now();
    await client.query("COMMIT");
    timings.push(["commit", (performance.now() - c0) / 1000]);

    // planner statistics and the visibility map, as autovacuum would leave them on a live database
    const v0 = performance.now();
    await client.query("VACUUM (ANALYZE)");
    const vacuum = (performance.now() - v0) / 1000;
    timings.push(["vacuum analyze", vacuum]);
    log(`  ${"VACUUM (ANALYZE)".padEnd(34)} ${"".padStart(9)}       ${vacuum.toFixed(1).padStart(6)} s`);

    const tables = [
      "Session",
      "ScreenerResponse",
      "SessionMessage",
      "SessionEvent",
      "SessionActivity",
      "MediaChunk",
      "ProcessingRun",
      "ProcessingStep",
      "LlmUsage",
      "Signal",
      "Task",
      "TaskSignal",
      "TaskStatusChange",
    ];
    const rows: Record<string, number> = {};
    for (const t of tables) rows[t] = Number((await client.query(`SELECT count(*) FROM "${t}"`)).rows[0].count);
    return { projectId: P, email: SCALE.email, rows, timings };
  } catch (e) {
    await client.query("ROLLBACK").catch(() => {});
    throw e;
  } finally {
    await client.end();
  }
}
