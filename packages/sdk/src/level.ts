// How loud the microphone was during each audio chunk, so the server can skip silent spans instead
// of paying Whisper to invent "Thank you for watching." (ADR 010). An AnalyserNode is read every
// 100 ms; a chunk's level is its loudest ~46 ms window (RMS, in dBFS), so one short word counts.
// Unknown (undefined) is always safe: the server then transcribes. It is unknown when Web Audio is
// missing, the AudioContext is not running (autoplay policy), or too few readings were taken
// (a background tab's throttled timers): silence must be measured, never assumed.

export const SILENT_DB = -100;

/** RMS of the samples in dBFS, floored at -100 and rounded to 0.1 dB. */
export function rmsDb(samples: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < samples.length; i++) sum += samples[i] * samples[i];
  const rms = Math.sqrt(sum / Math.max(1, samples.length));
  return rms > 0 ? Math.max(SILENT_DB, Math.round(200 * Math.log10(rms)) / 10) : SILENT_DB;
}

export interface LevelMeter {
  /** The loudest level since the previous take(), or undefined when it was not measured well enough. */
  take(): number | undefined;
  stop(): void;
}

const EVERY_MS = 100;
/** Share of the expected readings below which a level is not trusted. */
const MIN_COVERAGE = 0.6;

export function createLevelMeter(stream: MediaStream, now: () => number = Date.now): LevelMeter {
  const Ctx = typeof AudioContext !== "undefined" ? AudioContext : undefined;
  let ctx: AudioContext | undefined;
  let analyser: AnalyserNode | undefined;
  try {
    ctx = Ctx && new Ctx();
    if (ctx) {
      analyser = ctx.createAnalyser();
      analyser.fftSize = 2048;
      ctx.createMediaStreamSource(stream).connect(analyser);
      void ctx.resume().catch(() => {});
    }
  } catch {
    analyser = undefined;
  }
  const buffer = new Float32Array(analyser ? analyser.fftSize : 0);
  let loudest = -Infinity;
  let readings = 0;
  let since = now();
  const timer = analyser
    ? setInterval(() => {
        if (ctx!.state !== "running") return;
        analyser!.getFloatTimeDomainData(buffer);
        loudest = Math.max(loudest, rmsDb(buffer));
        readings++;
      }, EVERY_MS)
    : undefined;

  return {
    take() {
      const t = now();
      const expected = (t - since) / EVERY_MS;
      const level = readings > 0 && readings >= expected * MIN_COVERAGE ? loudest : undefined;
      loudest = -Infinity;
      readings = 0;
      since = t;
      return level;
    },
    stop() {
      clearInterval(timer);
      void ctx?.close().catch(() => {});
    },
  };
}
