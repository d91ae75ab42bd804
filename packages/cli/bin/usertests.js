#!/usr/bin/env node
// The `usertests` bin: runs the TypeScript sources through tsx (already a dependency of the app),
// so the CLI needs no build step. Install with `npm install -g ./packages/cli` or `npm link ./packages/cli`.
import { register } from "tsx/esm/api";

register();
await import("../src/main.ts");
