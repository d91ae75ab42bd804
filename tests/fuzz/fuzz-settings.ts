// How much the fuzz suite runs. In `npm test`: a fixed seed and few runs per property, so the suite is
// deterministic and quick. `npm run fuzz` sets FUZZ_RUNS (and no seed): a random seed, printed first,
// so a failure can be replayed with FUZZ_SEED=<seed> FUZZ_RUNS=<runs> npm run fuzz.
import type fc from "fast-check";

const longRuns = Number(process.env.FUZZ_RUNS) || 0;
export const LONG_RUN = longRuns > 0;
const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : LONG_RUN ? Math.floor(Math.random() * 2 ** 31) : 20_261_212;
if (LONG_RUN) console.log(`fuzz: FUZZ_SEED=${seed} FUZZ_RUNS=${longRuns}`);

/** fast-check parameters: `runs` in `npm test`, FUZZ_RUNS in `npm run fuzz`. */
export function fuzzRuns(runs: number): fc.Parameters<unknown> {
  return { seed, numRuns: LONG_RUN ? longRuns : runs, endOnFailure: true };
}

/** Vitest timeout for one property. */
export const PROPERTY_TIMEOUT = LONG_RUN ? 6 * 60 * 60_000 : 60_000;
