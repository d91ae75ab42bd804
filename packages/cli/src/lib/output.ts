// How the CLI prints: readable tables and key/value blocks by default, the API's JSON with --json.
// Results go to stdout; errors, warnings and progress to stderr, so stdout stays parseable.

export interface IO {
  stdout(text: string): void;
  stderr(text: string): void;
  /** stdout is a terminal (progress is animated, tables may be truncated to its width) */
  isTTY: boolean;
  /** stdin is a terminal (confirmation prompts are possible) */
  stdinIsTTY: boolean;
  columns: number;
  env: NodeJS.ProcessEnv;
  readStdin(): Promise<string>;
  /** one line from the terminal (confirmations); null when stdin is not interactive */
  prompt(question: string): Promise<string | null>;
}

export interface Column<T> {
  header: string;
  get: (row: T) => unknown;
  /** longest cell before truncation with "…" */
  max?: number;
  align?: "left" | "right";
}

export class Output {
  constructor(
    readonly io: IO,
    readonly jsonMode: boolean,
  ) {}

  json(data: unknown): void {
    this.io.stdout(JSON.stringify(data, null, 2) + "\n");
  }

  line(text = ""): void {
    this.io.stdout(text + "\n");
  }

  /** Status and progress for people: stderr, so it never mixes with --json output. */
  info(text: string): void {
    this.io.stderr(text + "\n");
  }

  warn(text: string): void {
    this.io.stderr(`warning: ${text}\n`);
  }

  heading(text: string): void {
    this.line("");
    this.line(text);
  }

  table<T>(rows: T[], columns: Column<T>[], options: { empty?: string; indent?: string } = {}): void {
    // every column is labelled: an unlabelled one (project list's old current-project marker) leaves readers guessing
    const unlabelled = columns.findIndex((c) => !c.header.trim());
    if (unlabelled >= 0) throw new Error(`table column ${unlabelled + 1} has no header`);
    const indent = options.indent ?? "";
    if (!rows.length) {
      this.line(indent + (options.empty ?? "(none)"));
      return;
    }
    const cells = rows.map((r) => columns.map((c) => truncate(cell(c.get(r)), c.max ?? 60)));
    const widths = columns.map((c, i) => Math.max(c.header.length, ...cells.map((row) => row[i].length)));
    const render = (values: string[]) =>
      indent +
      values
        .map((v, i) => (columns[i].align === "right" ? v.padStart(widths[i]) : i === values.length - 1 ? v : v.padEnd(widths[i])))
        .join("  ")
        .trimEnd();
    this.line(render(columns.map((c) => c.header.toUpperCase())));
    for (const row of cells) this.line(render(row));
  }

  /** A block of labelled values; empty values are skipped. */
  fields(pairs: [string, unknown][], options: { indent?: string } = {}): void {
    const shown = pairs.filter(([, v]) => v !== undefined && v !== null && v !== "");
    const width = Math.max(0, ...shown.map(([k]) => k.length));
    for (const [k, v] of shown) this.line(`${options.indent ?? ""}${(k + ":").padEnd(width + 1)}  ${cell(v)}`);
  }
}

function cell(value: unknown): string {
  if (value === undefined || value === null || value === "") return "-";
  if (Array.isArray(value)) return value.length ? value.map(cell).join(", ") : "-";
  if (typeof value === "object") return JSON.stringify(value);
  return oneLine(String(value));
}

export function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

export function truncate(text: string, max: number): string {
  return text.length > max ? text.slice(0, Math.max(1, max - 1)) + "…" : text;
}

/** 2026-11-29 14:03 (UTC): compact and unambiguous across time zones. */
export function formatDate(value: unknown): string {
  if (!value) return "-";
  const d = new Date(String(value));
  if (Number.isNaN(d.getTime())) return String(value);
  return d.toISOString().slice(0, 16).replace("T", " ") + "Z";
}

export function formatTime(value: unknown): string {
  if (!value) return "-";
  const d = new Date(String(value));
  return Number.isNaN(d.getTime()) ? String(value) : d.toISOString().slice(11, 19);
}

/** 754000 → "12m 34s"; 1500 → "1.5s" */
export function formatDuration(ms: unknown): string {
  if (typeof ms !== "number" || !Number.isFinite(ms)) return "-";
  if (ms < 1000) return `${Math.round(ms)}ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1).replace(/\.0$/, "")}s`;
  const s = Math.round(ms / 1000);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  return h ? `${h}h ${m}m` : `${m}m ${s % 60}s`;
}

/** ms since the session started → "12:34" */
export function formatOffset(ms: unknown): string {
  if (typeof ms !== "number" || !Number.isFinite(ms)) return "--:--";
  const s = Math.floor(ms / 1000);
  return `${String(Math.floor(s / 60)).padStart(2, "0")}:${String(s % 60).padStart(2, "0")}`;
}

export function between(start: unknown, end: unknown): number | undefined {
  if (!start || !end) return undefined;
  return new Date(String(end)).getTime() - new Date(String(start)).getTime();
}

export function formatNumber(value: unknown, digits = 2): string {
  return typeof value === "number" && Number.isFinite(value) ? value.toFixed(digits) : "-";
}
