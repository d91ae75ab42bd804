// How long the real providers take, for `bench:pipeline`'s realistic mode and `npm run ai:fake`
// (FAKE_AI_LATENCY=realistic): Whisper about 0.3 s plus 0.1 s per second of audio, Claude 8–15 s for
// a signal-extraction window and 3–5 s for a summary. Seeded, so a run can be repeated; every wait
// is logged so a benchmark can compute the floor its wall clock is compared with.
import type { ClaudeRequest, TranscriptionRequest } from "./fake-ai-server";
import type { SpeechRequest } from "./fake-voice";
import { type Random, seededRandom } from "./seeded-random";

export type LatencyKind = "transcription" | "extraction" | "summary" | "interview" | "speech";
export interface LatencyEntry {
  kind: LatencyKind;
  ms: number;
  /** transcription only: the audio length the wait was computed from */
  audioSeconds?: number;
}

export interface LatencyModel {
  claude(req: ClaudeRequest): number;
  transcription(req: TranscriptionRequest): number;
  /** wait before the first byte of synthesised speech (voice interviews) */
  speech?(req: SpeechRequest): number;
  readonly log: LatencyEntry[];
}

/** MediaRecorder's Opus voice runs at about 32 kbit/s; WAV says its own length in its header. */
const OPUS_BYTES_PER_SECOND = 4_000;

export function audioSecondsOf(file: { bytes: Buffer; type: string }): number {
  const b = file.bytes;
  if (b.length >= 44 && b.toString("ascii", 0, 4) === "RIFF" && b.toString("ascii", 8, 12) === "WAVE") {
    const byteRate = b.readUInt32LE(28);
    const dataBytes = b.readUInt32LE(40);
    if (byteRate > 0) return dataBytes / byteRate;
  }
  return b.length / OPUS_BYTES_PER_SECOND;
}

const between = (random: Random, min: number, max: number) => Math.round(min + random() * (max - min));
const isExtraction = (req: ClaudeRequest) => Boolean(req.body.tools?.some((t: { name?: string }) => t.name === "record_signals"));

export function realisticLatency(seed = 1): LatencyModel {
  const random = seededRandom(seed);
  const log: LatencyEntry[] = [];
  const note = (entry: LatencyEntry) => (log.push(entry), entry.ms);
  return {
    log,
    claude(req) {
      if (req.stream) return note({ kind: "interview", ms: between(random, 800, 2_000) });
      return isExtraction(req)
        ? note({ kind: "extraction", ms: between(random, 8_000, 15_000) })
        : note({ kind: "summary", ms: between(random, 3_000, 5_000) });
    },
    transcription(req) {
      const audioSeconds = req.file ? audioSecondsOf(req.file) : 0;
      return note({ kind: "transcription", ms: Math.round(300 + 100 * audioSeconds), audioSeconds });
    },
  };
}

/**
 * The least wall-clock time the model calls alone need on the pipeline's critical path:
 * transcription calls (at most `inFlight` at once, in the order they were made), then the slowest
 * of the extraction windows and the summary, which run side by side.
 */
export function criticalPathFloorMs(log: LatencyEntry[], inFlight: number): number {
  const lanes = Array.from({ length: inFlight }, () => 0);
  for (const e of log.filter((x) => x.kind === "transcription")) {
    const i = lanes.indexOf(Math.min(...lanes));
    lanes[i] += e.ms;
  }
  const analysis = log.filter((x) => x.kind === "extraction" || x.kind === "summary").map((x) => x.ms);
  return Math.max(0, ...lanes) + Math.max(0, ...analysis);
}

/**
 * A voice interview's turn (issue #18, `npm run bench:voice`, FAKE_AI_LATENCY=voice): Whisper 300–600 ms
 * for a turn, Claude's first token after 500–900 ms (then the reply streams quickly), and the first
 * byte of speech after 200–400 ms. Seeded and logged like realisticLatency: a turn's floor is the sum
 * of its three waits.
 */
export function voiceLatency(seed = 1): LatencyModel {
  const random = seededRandom(seed);
  const log: LatencyEntry[] = [];
  const note = (entry: LatencyEntry) => (log.push(entry), entry.ms);
  return {
    log,
    claude: (req) =>
      note(req.stream ? { kind: "interview", ms: between(random, 500, 900) } : { kind: "summary", ms: between(random, 3_000, 5_000) }),
    transcription: (req) =>
      note({ kind: "transcription", ms: between(random, 300, 600), audioSeconds: req.file ? audioSecondsOf(req.file) : 0 }),
    speech: () => note({ kind: "speech", ms: between(random, 200, 400) }),
  };
}
