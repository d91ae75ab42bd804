// `npm run dev` runs the Inngest dev server next to the app, so ended sessions are processed without
// a second terminal. It runs in its own process group (npx → node → the Go binary) so stopping the
// app stops all of it. Where it cannot start — offline, its npm package downloads the binary in a
// postinstall — the app says so once, with the command to run elsewhere, and keeps working: events
// wait in the outbox until a job engine accepts them.
import { spawn } from "node:child_process";
import fs from "node:fs";
import { devServerArgs, devServerCommand, INNGEST_DEV_SERVER_URL } from "../../lib/outbox/dev-server-command";

export type DevServerPlan = { start: true; url: string } | { start: false; why: string };

/**
 * Start one unless INNGEST_DEV_SERVER=off or the environment already says where events go:
 * INNGEST_DEV naming a server (a URL) or turning dev mode off (0/false), or INNGEST_BASE_URL.
 */
export function planInngestDevServer(env: Readonly<Record<string, string | undefined>>): DevServerPlan {
  if (env.INNGEST_DEV_SERVER === "off") return { start: false, why: "INNGEST_DEV_SERVER=off" };
  const dev = env.INNGEST_DEV?.trim().toLowerCase();
  if (dev === "0" || dev === "false") return { start: false, why: `INNGEST_DEV=${env.INNGEST_DEV} (cloud mode)` };
  if (dev && dev !== "1" && dev !== "true") return { start: false, why: `INNGEST_DEV names a server (${env.INNGEST_DEV})` };
  if (env.INNGEST_BASE_URL) return { start: false, why: `INNGEST_BASE_URL is set (${env.INNGEST_BASE_URL})` };
  return { start: true, url: INNGEST_DEV_SERVER_URL };
}

export interface DevServer {
  url: string;
  /** resolves when the process has exited, whatever the reason */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** stops the whole process group */
  stop(): void;
}

export function startInngestDevServer(options: {
  appUrl: string;
  /** where its output goes (it is chatty); the last lines are quoted when it fails */
  logFile: string;
  /** for tests: another command instead of npx */
  command?: [string, ...string[]];
  say?: (message: string) => void;
}): DevServer {
  const say = options.say ?? ((m: string) => console.warn(m));
  const manual = devServerCommand(options.appUrl);
  const [file, ...args] = options.command ?? ["npx", ...devServerArgs(options.appUrl)];
  const log = fs.openSync(options.logFile, "w");
  const child = spawn(file, args, { detached: true, stdio: ["ignore", log, log] });
  fs.closeSync(log);

  let stopping = false;
  let reported = false;
  const cannotStart = (what: string) => {
    if (stopping || reported) return;
    reported = true;
    const tail = lastLines(options.logFile, 3);
    say(
      [
        `Inngest dev server could not start (${what})${tail ? `:\n    ${tail.replace(/\n/g, "\n    ")}` : "."}`,
        "  The app keeps running; ended sessions wait in the outbox and nothing is processed until a job engine accepts them.",
        `  Run it yourself where npm can download its binary:  ${manual}`,
        "  then deliver what waited:  npm run outbox:flush   (or set INNGEST_DEV_SERVER=off to skip this)",
      ].join("\n"),
    );
  };

  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.once("error", (e) => {
      cannotStart(e.message);
      resolve({ code: null, signal: null });
    });
    child.once("exit", (code, signal) => {
      cannotStart(code !== null ? `it exited with code ${code}` : `it was stopped by ${signal}`);
      resolve({ code, signal });
    });
  });

  return {
    url: INNGEST_DEV_SERVER_URL,
    exited,
    stop() {
      stopping = true;
      if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
      try {
        process.kill(-child.pid, "SIGTERM"); // the group: npx and everything it started
      } catch {
        // already gone
      }
    },
  };
}

function lastLines(file: string, n: number): string {
  try {
    return fs.readFileSync(file, "utf8").trim().split("\n").filter(Boolean).slice(-n).join("\n");
  } catch {
    return "";
  }
}
