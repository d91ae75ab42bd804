// The whole-project export (issue #14, portability): a zip of sessions, signals, tasks and screener
// responses as CSV and JSON Lines plus a manifest, built by build-export (@inngest/test) and
// downloaded through the streaming route; unzipped here with yauzl and the CSVs parsed with
// csv-parse. Spreadsheet formulas participants typed are neutralised; another project's rows are
// not in it; text is redacted unless the project keeps originals; tables are read in keyset batches
// that neither skip nor repeat rows sharing a timestamp.
import { InngestTestEngine } from "@inngest/test";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import yauzl from "yauzl";
import * as downloadRoute from "@/app/api/v1/projects/[projectId]/exports/[exportId]/download/route";
import * as exportsRoute from "@/app/api/v1/projects/[projectId]/exports/route";
import { buildExportFunction } from "@/inngest/functions/build-export";
import { db } from "@/lib/db";
import { neutralizeCell } from "@/lib/privacy/export/csv-cells";
import { keysetBatches } from "@/lib/privacy/export/keyset-batches";
import { projectExportTables } from "@/lib/privacy/export/project-export-files";
import { createOwnerWithProject } from "@/prisma/factories/identity";
import { createScreener, createScreenerResponse, createSession, createSignal, createTask } from "@/prisma/factories/research";
import { callRoute } from "../helpers/call-route";

/** name → text of every entry of a zip held in memory (test-sized). */
function unzip(buffer: Buffer): Promise<Map<string, string>> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(buffer, { lazyEntries: true }, (err, zip) => {
      if (err || !zip) return reject(err);
      const files = new Map<string, string>();
      zip.on("entry", (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (e, stream) => {
          if (e || !stream) return reject(e);
          const chunks: Buffer[] = [];
          stream.on("data", (c: Buffer) => chunks.push(c));
          stream.on("end", () => {
            files.set(entry.fileName, Buffer.concat(chunks).toString("utf8"));
            zip.readEntry();
          });
        });
      });
      zip.on("end", () => resolve(files));
      zip.on("error", reject);
      zip.readEntry();
    });
  });
}

const csv = (text: string) => parse(text, { columns: true }) as Record<string, string>[];
const jsonl = (text: string) =>
  text
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l));

async function scenario() {
  const owner = await createOwnerWithProject(db);
  const projectId = owner.project.id;
  const screener = await createScreener(db, { projectId });
  const [role] = screener.questions;
  const s1 = await createSession(db, {
    projectId,
    participantName: '=HYPERLINK("http://evil.example","click")',
    participantEmail: "ana@example.com",
    summary: "Ana (ana@example.com) closes the month by hand.",
  });
  const s2 = await createSession(db, { projectId, participantName: "@SUM(A1:A9)", participantEmail: "ben@example.com" });
  const sig = await createSignal(db, {
    projectId,
    sessionId: s1.id,
    type: "struggling_moment",
    quote: "+1 it breaks, write to me at ana@example.com",
    offsetMs: 95_000,
  });
  await createSignal(db, { projectId, sessionId: s2.id, quote: "-the export is slow" });
  await createTask(db, { projectId, title: "Faster invoice export", signalIds: [sig.id] });
  await createScreenerResponse(db, {
    screenerId: screener.id,
    projectId,
    participantEmail: "ana@example.com",
    answers: { [role.id]: "Finance" },
    sessionId: s1.id,
  });
  // another project's rows must stay out
  const other = await createOwnerWithProject(db);
  const foreign = await createSession(db, { projectId: other.project.id, participantEmail: "zed@example.com" });
  await createSignal(db, { projectId: other.project.id, sessionId: foreign.id, quote: "ZED QUOTE" });
  return { owner, projectId, s1, s2, sig, role, foreign };
}

async function exportProject(token: string, projectId: string) {
  const res = await callRoute(exportsRoute.POST, { method: "POST", token, params: { projectId }, body: { kind: "project" } });
  expect(res.status).toBe(202);
  const exportId = res.json.export.id as string;
  const { error } = await new InngestTestEngine({
    function: buildExportFunction,
    events: [{ name: "privacy/export.requested", data: { projectId, exportId } }],
  }).executeStep("complete");
  expect(error).toBeUndefined();
  const file = await downloadRoute.GET(
    new Request(`http://localhost:3000/api/v1/projects/${projectId}/exports/${exportId}/download`, {
      headers: { authorization: `Bearer ${token}` },
    }),
    { params: Promise.resolve({ projectId, exportId }) },
  );
  expect(file.status).toBe(200);
  expect(file.headers.get("content-type")).toBe("application/zip");
  expect(file.headers.get("content-disposition")).toBe(`attachment; filename="project-export-${exportId}.zip"`);
  const bytes = Buffer.from(await file.arrayBuffer());
  expect(Number(file.headers.get("content-length"))).toBe(bytes.length);
  return { exportId, files: await unzip(bytes), bytes };
}

describe("project export", () => {
  it("zips the four tables as CSV and JSON Lines with a manifest, neutralising formulas, without other projects' rows", async () => {
    const { owner, projectId, s1, s2, sig, role, foreign } = await scenario();
    const { exportId, files, bytes } = await exportProject(owner.token, projectId);
    expect([...files.keys()].sort()).toEqual(
      [
        "manifest.json",
        "screener_responses.csv",
        "screener_responses.jsonl",
        "sessions.csv",
        "sessions.jsonl",
        "signals.csv",
        "signals.jsonl",
        "tasks.csv",
        "tasks.jsonl",
      ].sort(),
    );

    const sessions = csv(files.get("sessions.csv")!);
    expect(sessions.map((r) => r.id).sort()).toEqual([s1.id, s2.id].sort());
    const ana = sessions.find((r) => r.id === s1.id)!;
    // a formula a participant typed is shown as text, never evaluated
    expect(ana.participantName).toBe(`'=HYPERLINK("http://evil.example","click")`);
    expect(sessions.find((r) => r.id === s2.id)!.participantName).toBe("'@SUM(A1:A9)");
    expect(ana.participantEmail).toBe("ana@example.com");
    // the project keeps the default: text participants said is redacted
    expect(ana.summary).toBe("Ana ([email]) closes the month by hand.");

    const signals = csv(files.get("signals.csv")!);
    expect(signals).toHaveLength(2);
    const s = signals.find((r) => r.id === sig.id)!;
    expect(s).toMatchObject({
      type: "struggling_moment",
      quote: "'+1 it breaks, write to me at [email]",
      offsetMs: "95000",
      moment: "1:35",
      sessionId: s1.id,
    });
    expect(signals.map((r) => r.quote)).toContain("'-the export is slow");

    expect(csv(files.get("tasks.csv")!)).toEqual([expect.objectContaining({ title: "Faster invoice export", signalCount: "0" })]);
    const responses = csv(files.get("screener_responses.csv")!);
    expect(responses).toHaveLength(1);
    expect(JSON.parse(responses[0].answers)).toEqual({ [role.text]: "Finance" });

    // the JSON Lines hold the same rows, un-neutralised (JSON is not a spreadsheet)
    const sessionLines = jsonl(files.get("sessions.jsonl")!);
    expect(sessionLines).toHaveLength(2);
    expect(sessionLines.find((r) => r.id === s1.id).participantName).toBe(`=HYPERLINK("http://evil.example","click")`);
    expect(jsonl(files.get("signals.jsonl")!)).toHaveLength(2);
    expect(jsonl(files.get("screener_responses.jsonl")!)[0].answers).toEqual({ [role.text]: "Finance" });

    const manifest = JSON.parse(files.get("manifest.json")!);
    expect(manifest).toMatchObject({ text: "redacted", counts: { sessions: 2, signals: 2, tasks: 1, screener_responses: 1 } });

    const all = [...files.values()].join("\n");
    expect(all).not.toContain(foreign.id);
    expect(all).not.toContain("ZED QUOTE");
    expect(all).not.toContain("zed@example.com");

    const row = await db.dataExport.findUniqueOrThrow({ where: { id: exportId } });
    expect(row).toMatchObject({ status: "completed", storageKey: `projects/${projectId}/exports/${exportId}.zip` });
    expect(Number(row.sizeBytes)).toBe(bytes.length);
    expect(row.counts).toEqual({ sessions: 2, signals: 2, tasks: 1, screener_responses: 1 });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { projectId, action: "project.exported" } });
    expect(audit.details).toMatchObject({ sessions: 2, signals: 2, tasks: 1, screener_responses: 1, sizeBytes: bytes.length });
  });

  it("keeps the original text when the project opted in (only admins can export)", async () => {
    const { owner, projectId, sig } = await scenario();
    await db.project.update({ where: { id: projectId }, data: { keepOriginalText: true } });
    const { files } = await exportProject(owner.token, projectId);
    expect(csv(files.get("signals.csv")!).find((r) => r.id === sig.id)!.quote).toBe("'+1 it breaks, write to me at ana@example.com");
    expect(JSON.parse(files.get("manifest.json")!).text).toBe("original");
  });

  it("reads tables in keyset batches that neither skip nor repeat rows created in the same millisecond", async () => {
    const owner = await createOwnerWithProject(db);
    const at = new Date("2026-11-01T10:00:00.000Z");
    const made = [];
    for (let i = 0; i < 7; i++)
      made.push((await createSession(db, { projectId: owner.project.id, createdAt: i < 5 ? at : new Date(at.getTime() + i) })).id);
    const [sessions] = projectExportTables({ projectId: owner.project.id, until: new Date(), keepOriginalText: false }, new Map());
    const seen: string[] = [];
    const sizes: number[] = [];
    for await (const batch of keysetBatches(sessions.fetch, 2)) {
      sizes.push(batch.length);
      seen.push(...batch.map((r) => r.id));
    }
    expect(sizes).toEqual([2, 2, 2, 1]);
    expect(seen.sort()).toEqual(made.sort());
  });

  it("neutralises every formula start and leaves other text alone", () => {
    for (const start of ["=", "+", "-", "@", "\t", "\r"]) expect(neutralizeCell(`${start}1+1`)).toBe(`'${start}1+1`);
    for (const safe of ["1+1", "a=b", "", "'quoted", "ana@example.com"]) expect(neutralizeCell(safe)).toBe(safe);
  });
});
