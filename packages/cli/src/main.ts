#!/usr/bin/env node
// Entry point: `npm run cli -- <command>` (tsx) or the `usertests` bin (packages/cli/bin/usertests.js).
import readline from "node:readline";
import { run } from "./cli";
import type { IO } from "./lib/output";

const io: IO = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  isTTY: Boolean(process.stderr.isTTY),
  stdinIsTTY: Boolean(process.stdin.isTTY),
  columns: process.stdout.columns ?? 120,
  env: process.env,
  readStdin: async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(Buffer.from(chunk));
    return Buffer.concat(chunks).toString("utf8");
  },
  prompt: (question) => {
    if (!process.stdin.isTTY) return Promise.resolve(null);
    const rl = readline.createInterface({ input: process.stdin, output: process.stderr });
    return new Promise((resolve) => rl.question(question, (answer) => (rl.close(), resolve(answer))));
  },
};

const code = await run(process.argv.slice(2), io);
// stdout may be a pipe: let it drain before exiting with the code
process.exitCode = code;
