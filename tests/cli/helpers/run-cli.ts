// Runs the real CLI with its own HOME / XDG_CONFIG_HOME (so its own config file), talking HTTP to
// the test's app server. Two ways:
//   - in this process, through packages/cli/src/cli.ts `run(argv, io)` (what main.ts calls): the same
//     code, config file and HTTP calls, milliseconds per call — used for the bulk of the matrix;
//   - `spawn: true`: a child process, the way a user runs it (exit status, real stdin/stderr). The
//     sources are bundled once with esbuild (as packages/sdk/build.mjs does for the SDK), so a call
//     costs a plain `node` start; `viaTsx` runs the TypeScript entry through tsx, exactly like
//     `npm run cli` and the `usertests` bin.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import * as esbuild from "esbuild";
import { run as runCli } from "@/packages/cli/src/cli";

const ROOT = path.resolve(import.meta.dirname, "../../..");

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
  /** stdout parsed as JSON, when it is */
  json: any; // eslint-disable-line @typescript-eslint/no-explicit-any
}

export interface RunOptions {
  env?: Record<string, string | undefined>;
  /** stdin */
  input?: string;
  /** run in a child process (bundled CLI under node) */
  spawn?: boolean;
  /** run in a child process through tsx and the TypeScript entry (slow: seconds per call) */
  viaTsx?: boolean;
  onStderr?: (chunk: string) => void;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

export interface CliRunner {
  home: string;
  configFile: string;
  run(args: string[], options?: RunOptions): Promise<CliResult>;
  cleanup(): void;
}

let bundled: Promise<string> | undefined;

/** One bundle per test file, shared by its runners. */
function bundleCli(): Promise<string> {
  bundled ??= (async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "usertests-cli-bundle-"));
    const outfile = path.join(dir, "usertests.mjs");
    await esbuild.build({
      entryPoints: [path.join(ROOT, "packages/cli/src/main.ts")],
      bundle: true,
      platform: "node",
      format: "esm",
      target: "node20",
      outfile,
      logLevel: "warning",
    });
    process.once("exit", () => fs.rmSync(dir, { recursive: true, force: true }));
    return outfile;
  })();
  return bundled;
}

/** A CLI with its own HOME (so its own config file). */
export async function createCliRunner(): Promise<CliRunner> {
  const bundle = await bundleCli();
  const home = fs.mkdtempSync(path.join(os.tmpdir(), "usertests-cli-"));
  const baseEnv = { PATH: process.env.PATH ?? "/usr/bin:/bin", HOME: home, XDG_CONFIG_HOME: path.join(home, "config"), LANG: "C.UTF-8" };

  return {
    home,
    configFile: path.join(home, "config", "usertests", "config.json"),
    run(args, options = {}) {
      const env: Record<string, string> = { ...baseEnv };
      for (const [k, v] of Object.entries(options.env ?? {}))
        if (v === undefined) delete env[k];
        else env[k] = v;
      if (!options.spawn && !options.viaTsx) {
        let stdout = "";
        let stderr = "";
        return runCli(args, {
          stdout: (t) => void (stdout += t),
          stderr: (t) => {
            stderr += t;
            options.onStderr?.(t);
          },
          isTTY: false,
          stdinIsTTY: false,
          columns: 120,
          env: env as NodeJS.ProcessEnv,
          readStdin: async () => options.input ?? "",
          prompt: async () => null,
        }).then((code) => ({ code, stdout, stderr, json: parseJson(stdout) }));
      }
      const [cmd, argv]: [string, string[]] = options.viaTsx
        ? [path.join(ROOT, "node_modules/.bin/tsx"), [path.join(ROOT, "packages/cli/src/main.ts"), ...args]]
        : [process.execPath, [bundle, ...args]];
      return new Promise((resolve, reject) => {
        const child = spawn(cmd, argv, { cwd: home, env: env as NodeJS.ProcessEnv, stdio: ["pipe", "pipe", "pipe"] });
        let stdout = "";
        let stderr = "";
        child.stdout.on("data", (d) => (stdout += d));
        child.stderr.on("data", (d) => {
          stderr += d;
          options.onStderr?.(String(d));
        });
        child.on("error", reject);
        child.on("close", (code) => resolve({ code: code ?? -1, stdout, stderr, json: parseJson(stdout) }));
        child.stdin.end(options.input ?? "");
      });
    },
    cleanup: () => fs.rmSync(home, { recursive: true, force: true }),
  };
}
