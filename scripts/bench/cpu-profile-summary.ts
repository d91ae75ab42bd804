// Where a server's CPU went: reads V8 .cpuprofile files (node --cpu-prof, e.g. from
// BENCH_CPU_PROFILE=dir npm run bench:http) and prints self time by package and the top functions.
//
//   tsx scripts/bench/cpu-profile-summary.ts <file.cpuprofile>... [--top 30]
import fs from "node:fs";
import { parseArgs } from "node:util";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** The package (or area) a script URL belongs to: npm package name, "next" internals, our code, or node. */
export function areaOf(url: string, functionName: string): string {
  if (!url) return functionName === "(garbage collector)" ? "(gc)" : functionName === "(idle)" ? "(idle)" : "(native / V8)";
  if (url.startsWith("node:")) return url.split("/")[0];
  const pkg = url.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  if (pkg) return pkg[1] === "next" && /compiled\/([^/]+)/.test(url) ? `next (compiled ${url.match(/compiled\/([^/]+)/)![1]})` : pkg[1];
  // the app's server bundle: chunks Next built from our code and what it inlined
  if (/\.next[^/]*\/server\//.test(url)) return "app bundle (.next/server)";
  return url.replace(/^file:\/\//, "").replace(process.cwd() + "/", "");
}

export function summarize(profile: Profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfUs = new Map<number, number>();
  profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const areas = new Map<string, number>();
  const functions = new Map<string, number>();
  let total = 0;
  for (const [id, us] of selfUs) {
    const node = byId.get(id)!;
    const { functionName, url, lineNumber } = node.callFrame;
    if (functionName === "(idle)" || functionName === "(program)") continue;
    total += us;
    const area = areaOf(url, functionName);
    areas.set(area, (areas.get(area) ?? 0) + us);
    const key = `${functionName || "(anonymous)"}  ${area}${url ? `:${lineNumber + 1}` : ""}`;
    functions.set(key, (functions.get(key) ?? 0) + us);
  }
  const sorted = (m: Map<string, number>) => [...m.entries()].sort((a, b) => b[1] - a[1]);
  return { totalMs: total / 1000, areas: sorted(areas), functions: sorted(functions) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { top: { type: "string", default: "30" } } });
  for (const file of positionals) {
    const s = summarize(JSON.parse(fs.readFileSync(file, "utf8")) as Profile);
    console.log(`\n${file}: ${s.totalMs.toFixed(0)} ms of CPU (idle excluded)\n\nby area:`);
    for (const [area, us] of s.areas.slice(0, 25)) console.log(`  ${((us / 10 / s.totalMs) | 0).toString().padStart(3)} %  ${area}`);
    console.log(`\ntop functions (self time):`);
    for (const [fn, us] of s.functions.slice(0, Number(values.top))) console.log(`  ${(us / 1000).toFixed(0).padStart(6)} ms  ${fn}`);
  }
}
