// CPU time and memory of processes from /proc (Linux): a server's whole process tree, or every
// PostgreSQL backend, so bench:http can say where the CPU went during a run.
import fs from "node:fs";

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

function stat(pid: number): { ppid: number; comm: string; cpuSeconds: number } | null {
  try {
    const text = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    const close = text.lastIndexOf(")");
    const comm = text.slice(text.indexOf("(") + 1, close);
    const fields = text.slice(close + 2).split(" ");
    // after the comm: state(0) ppid(1) … utime(11) stime(12)
    return { ppid: Number(fields[1]), comm, cpuSeconds: (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND };
  } catch {
    return null; // the process ended meanwhile
  }
}

function allPids(): number[] {
  return fs
    .readdirSync("/proc")
    .filter((d) => /^\d+$/.test(d))
    .map(Number);
}

/** The pid and all its descendants. */
export function processTree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const pid of allPids()) {
    const s = stat(pid);
    if (s) children.set(s.ppid, [...(children.get(s.ppid) ?? []), pid]);
  }
  const out: number[] = [];
  const walk = (pid: number) => (out.push(pid), (children.get(pid) ?? []).forEach(walk));
  walk(root);
  return out;
}

/** PostgreSQL backends serving one database: their process title is "postgres: <user> <database> <client> <state>". */
export function postgresBackendPids(database: string): number[] {
  return allPids().filter((pid) => {
    try {
      const title = fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").replace(/\0/g, " ");
      // Debian clusters add their name ("postgres: 15/main: user db …"), embedded ones do not
      return title.startsWith("postgres: ") && title.trim().split(" ").includes(database);
    } catch {
      return false;
    }
  });
}

export function cpuSeconds(pids: number[]): number {
  return pids.reduce((sum, pid) => sum + (stat(pid)?.cpuSeconds ?? 0), 0);
}

/** CPU seconds per pid now, to take a difference later (processes that start in between count from zero). */
export function cpuByPid(pids: number[]): Map<number, number> {
  return new Map(pids.map((pid) => [pid, stat(pid)?.cpuSeconds ?? 0]));
}

export function cpuSince(before: Map<number, number>, pidsNow: number[]): number {
  return pidsNow.reduce((sum, pid) => sum + Math.max(0, (stat(pid)?.cpuSeconds ?? 0) - (before.get(pid) ?? 0)), 0);
}

/** Resident memory of a process tree in bytes. */
export function rssBytes(pids: number[]): number {
  let total = 0;
  for (const pid of pids) {
    try {
      const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"));
      if (m) total += Number(m[1]) * 1024;
    } catch {
      // ended meanwhile
    }
  }
  return total;
}
