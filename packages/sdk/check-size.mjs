// Weight budget of the SDK (npm run check:sdk-size): builds it and fails when a file is over budget.
import { build } from "./build.mjs";

const BUDGET = { "sdk.js": 2 * 1024, "sdk-recorder.js": 15 * 1024 }; // gzipped bytes

let failed = false;
for (const { name, gzip } of await build({ write: false })) {
  const over = gzip > BUDGET[name];
  failed ||= over;
  console.log(`${over ? "FAIL" : "ok  "} ${name.padEnd(16)} ${gzip} B gzipped (budget ${BUDGET[name]} B)`);
}
if (failed) {
  console.error("The SDK is over its weight budget (product.md §2.3: the loader is a few KB, the recorder loads lazily).");
  process.exit(1);
}
