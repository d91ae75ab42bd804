// Builds the SDK with esbuild (npm run build:sdk):
//   public/sdk.js           the loader for the script tag (tiny; defines window.UserTests)
//   public/sdk-recorder.js  the recorder, loaded by the loader on init()
//   packages/sdk/dist/      the ESM build for npm-style use (recorder split into its own chunk)
// Generated files: not committed, never edited by hand.
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import * as esbuild from "esbuild";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, "../..");
const src = (f) => path.join(here, "src", f);
const target = ["es2019", "chrome80", "firefox78", "safari14.1"];
const common = { bundle: true, minify: true, target, legalComments: "none", logLevel: "warning" };

export async function build({ write = true } = {}) {
  const recorder = await esbuild.build({
    ...common,
    entryPoints: [src("recorder-entry.ts")],
    format: "iife",
    write: false,
    outfile: "sdk-recorder.js",
  });
  const recorderCode = recorder.outputFiles[0].contents;
  const version = createHash("sha256").update(recorderCode).digest("hex").slice(0, 10);
  const loader = await esbuild.build({
    ...common,
    entryPoints: [src("loader.ts")],
    format: "iife",
    write: false,
    outfile: "sdk.js",
    define: { __RECORDER_VERSION__: JSON.stringify(version) },
  });
  const files = { "sdk.js": loader.outputFiles[0].contents, "sdk-recorder.js": recorderCode };
  if (write) {
    fs.mkdirSync(path.join(root, "public"), { recursive: true });
    for (const [name, code] of Object.entries(files)) fs.writeFileSync(path.join(root, "public", name), code);
    fs.rmSync(path.join(here, "dist"), { recursive: true, force: true });
    await esbuild.build({
      ...common,
      minify: false,
      entryPoints: [src("index.ts")],
      format: "esm",
      splitting: true,
      outdir: path.join(here, "dist"),
    });
  }
  return Object.entries(files).map(([name, code]) => ({ name, bytes: code.length, gzip: gzipSync(code, { level: 9 }).length }));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const sizes = await build();
  for (const s of sizes)
    console.log(`public/${s.name.padEnd(16)} ${String(s.bytes).padStart(6)} B, ${String(s.gzip).padStart(5)} B gzipped`);
}
