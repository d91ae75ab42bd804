// The repository's own import graph, read once per ESLint process, for the rules that need more than
// the file being linted (domain cycles, what a client component pulls in). Imports are found with a
// regular expression rather than a parser: the rules only need specifiers, and scanning ~700 files
// this way takes a few tens of milliseconds. Specifiers are resolved like tsconfig's "@/*" paths and
// TypeScript's extension lookup; packages (anything else) are not followed.
import fs from "node:fs";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "..");
const SOURCE = /\.(ts|tsx)$/;
const SKIP_DIRS = new Set(["node_modules", "generated", ".data", "public", "dist", "test-results", "playwright-report"]);
const IMPORT = /(?:^|[\s;])(import|export)\s+(type\s+)?(?:[\w*${}\s,]+?\s+from\s+)?["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g;

/** Repository-relative path with forward slashes ("lib/db.ts"). */
export const relative = (file) => path.relative(ROOT, file).split(path.sep).join("/");

/** The repository file a specifier written in `fromFile` names, or null for packages and misses. */
export function resolveImport(fromFile, specifier) {
  let base;
  if (specifier.startsWith("@/")) base = path.join(ROOT, specifier.slice(2));
  else if (specifier.startsWith("./") || specifier.startsWith("../")) base = path.resolve(path.dirname(fromFile), specifier);
  else return null;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts"), path.join(base, "index.tsx")]) {
    if (SOURCE.test(candidate) && fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
  }
  return null;
}

/** Each import of a source text: its specifier and whether it is erased at compile time (`import type`). */
export function importsOf(text) {
  const found = [];
  for (const m of text.matchAll(IMPORT)) found.push({ specifier: m[3] ?? m[4], typeOnly: Boolean(m[2]) });
  return found;
}

function walk(dir, out) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith(".") || SKIP_DIRS.has(entry.name)) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, out);
    else if (SOURCE.test(entry.name) && !entry.name.endsWith(".d.ts")) out.push(full);
  }
  return out;
}

let cached = null;

/**
 * Map of absolute file → [{ target, typeOnly }] for every repository import. Built once per process:
 * a long-running editor server sees other files as they were when it started, and the rules always
 * use the linted file's own, current imports.
 */
export function importGraph() {
  if (cached) return cached;
  cached = new Map();
  for (const file of walk(ROOT, [])) {
    const edges = [];
    for (const { specifier, typeOnly } of importsOf(fs.readFileSync(file, "utf8"))) {
      const target = resolveImport(file, specifier);
      if (target) edges.push({ target, typeOnly });
    }
    cached.set(file, edges);
  }
  return cached;
}
