// The whole project as one zip, streamed end to end: each table is read in keyset batches
// (keyset-batches.ts), encoded as CSV and as JSON Lines, deflated into the zip (yazl) and piped
// into media storage as it is produced. Nothing holds a whole table or the whole file: memory is
// one batch per table being written plus the streams' buffers, whatever the project's size
// (measured on 100,000 sessions by `npm run bench:export`). A failure anywhere destroys the zip
// stream, so storage keeps nothing (MediaStorage.put is atomic).
import { Readable } from "node:stream";
import { ZipFile } from "yazl";
import { db } from "@/lib/db";
import { mediaStorage } from "@/lib/storage";
import { csvEncoder } from "./csv-cells";
import { exportContentType } from "./export-files";
import { keysetBatches } from "./keyset-batches";
import { type ExportTable, projectExportTables, projectQuestionText } from "./project-export-files";

export interface ProjectExportProgress {
  step: string;
  done: number;
  total: number;
}

export interface BuiltExport {
  sizeBytes: number;
  counts: Record<string, number>;
}

const BATCH = 1000;

export async function buildProjectExport(input: {
  projectId: string;
  storageKey: string;
  /** called every few batches; the job writes it on the export row */
  onProgress?: (p: ProjectExportProgress) => Promise<void>;
  /**
   * the project as it was at this moment (the request's time): rows created later are left out,
   * so a rebuilt file (a retried step) has the same rows, and the same bytes (entries carry this time too)
   */
  until: Date;
}): Promise<BuiltExport> {
  const project = await db.project.findUniqueOrThrow({
    where: { id: input.projectId },
    select: { id: true, name: true, keepOriginalText: true },
  });
  const until = input.until;
  const tables = projectExportTables(
    { projectId: project.id, until, keepOriginalText: project.keepOriginalText },
    await projectQuestionText(project.id),
  );
  const totals = Object.fromEntries(await Promise.all(tables.map(async (t) => [t.name, await t.count()] as const)));
  const counts: Record<string, number> = {};
  const zip = new ZipFile();
  const output = zip.outputStream as Readable;
  const fail = (e: unknown) => output.destroy(e instanceof Error ? e : new Error(String(e)));
  zip.on("error", fail);

  let written = 0;
  const grandTotal = Object.values(totals).reduce((a, b) => a + b, 0) * 2;
  const report = async (step: string) => {
    if (input.onProgress) await input.onProgress({ step, done: written, total: grandTotal });
  };

  // one entry's bytes, pulled only when the zip reaches it (addReadStreamLazy) and read at the zip's pace
  const entry = (name: string, make: () => Readable) =>
    zip.addReadStreamLazy(name, { mtime: until }, (cb) => {
      const stream = make();
      stream.once("error", fail);
      cb(null, stream);
    });

  for (const table of tables) {
    entry(`${table.name}.csv`, () => {
      const encoder = csvEncoder(table.columns);
      Readable.from(records(table, (n) => (counts[table.name] = n)))
        .once("error", (e) => encoder.destroy(e))
        .pipe(encoder);
      return encoder;
    });
    entry(`${table.name}.jsonl`, () =>
      Readable.from(
        (async function* () {
          // one buffer per batch: a chunk per row would cost more in stream overhead than in JSON
          for await (const rows of batches(table)) yield Buffer.from(rows.map((r) => JSON.stringify(r)).join("\n") + "\n");
        })(),
      ),
    );
  }
  entry("manifest.json", () =>
    Readable.from([
      Buffer.from(
        JSON.stringify(
          {
            format: "usertests-project-export-v1",
            project: { id: project.id, name: project.name },
            rowsUpTo: until.toISOString(),
            text: project.keepOriginalText ? "original" : "redacted",
            files: tables.flatMap((t) => [`${t.name}.csv`, `${t.name}.jsonl`]),
            counts,
          },
          null,
          2,
        ),
      ),
    ]),
  );
  zip.end();

  async function* batches(table: ExportTable, done?: (n: number) => void): AsyncGenerator<Record<string, unknown>[]> {
    let n = 0;
    let i = 0;
    for await (const rows of keysetBatches(table.fetch, BATCH)) {
      yield rows;
      n += rows.length;
      written += rows.length;
      if (++i % 10 === 0) await report(table.name);
    }
    done?.(n);
    await report(table.name);
  }

  async function* records(table: ExportTable, done?: (n: number) => void): AsyncGenerator<Record<string, unknown>> {
    for await (const rows of batches(table, done)) yield* rows;
  }

  const { size } = await mediaStorage().put(input.storageKey, output, { contentType: exportContentType("project") });
  return { sizeBytes: size, counts };
}
