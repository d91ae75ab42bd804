// The voice-activity detector's frame logic, free of the Web Audio API so it can be tested with
// synthetic frames: an energy-based detector. Each ~20 ms frame's loudness (RMS in dBFS) is compared
// with an adaptive noise floor; speech starts when the frame stays a margin above the floor for a
// while, and the turn ends after a longer stretch below it. Every threshold is a named constant
// with the reason for its value.

/** Frame length the browser side feeds (an AnalyserNode read every ~20 ms): short enough to react, long enough for a stable RMS. */
export const FRAME_MS = 20;

/** Loudness given to digital silence (RMS 0 → −∞ dB), so the arithmetic stays finite. */
export const SILENCE_DBFS = -100;

/**
 * The noise floor the detector assumes before it has heard anything: a quiet room through a laptop
 * microphone with noise suppression on sits around −60 to −70 dBFS; starting a little high means
 * the first frames pull it down quickly rather than mistaking room noise for speech.
 */
export const INITIAL_FLOOR_DBFS = -60;

/**
 * How far above the noise floor a frame must be to count as voiced. Conversational speech at a
 * laptop or phone microphone is 20–40 dB above room noise; 12 dB (4× the amplitude) keeps breaths,
 * keyboard taps and fan changes out while a soft voice still passes.
 */
export const SPEECH_MARGIN_DB = 12;

/**
 * Whatever the floor, a frame quieter than this is never speech: after digital silence the floor
 * drops to −100 dB and a margin alone would let −85 dB hiss count. Speech at arm's length from a
 * microphone is louder than −50 dBFS even when soft.
 */
export const MIN_SPEECH_DBFS = -55;

/**
 * Voiced frames needed before the detector says "speech" (150 ms): a cough, a click or a door is
 * shorter; a syllable is longer. Counted from the first voiced frame, which is reported as the start.
 */
export const ONSET_MS = 150;

/**
 * Stretch below the threshold that ends the participant's turn (900 ms): pauses between words and
 * short breaths are 100–500 ms; a turn-taking gap in conversation is 700–1,000 ms. Shorter would cut
 * people off mid-thought; longer makes every answer feel slow (it adds straight to the reply latency).
 */
export const HANGOVER_MS = 900;

/**
 * Unvoiced frames that do not break an onset in progress (60 ms): the gap between two syllables
 * must not restart the 150 ms count.
 */
export const ONSET_GAP_MS = 60;

/**
 * How fast the floor follows quieter frames (per frame): fast, so it finds the room's level within
 * ~100 ms after a noise stops.
 */
export const FLOOR_FALL_RATE = 0.2;

/**
 * How fast the floor follows louder, unvoiced frames (per frame, ~2 s time constant): slowly, so
 * a constant new noise (a fan, traffic) is learned but the start of a word never is.
 */
export const FLOOR_RISE_RATE = 0.01;

/**
 * How fast the floor rises during "speech" (per frame, ~20 s time constant): a noise that steps up by
 * more than the margin looks like endless speech; this lets the floor catch up with it so the turn
 * still ends, while real speech (turns of seconds, with pauses) barely moves the floor.
 */
export const FLOOR_RISE_DURING_SPEECH_RATE = 0.001;

/** Lowest the floor may go: below the quietest real microphone, above digital silence. */
export const FLOOR_MIN_DBFS = -90;

export type VoiceEvent = { type: "speech-start"; atMs: number } | { type: "speech-end"; atMs: number; speechMs: number };

export interface VoiceActivityOptions {
  onsetMs?: number;
  hangoverMs?: number;
  marginDb?: number;
}

/** RMS of a frame of samples (−1…1) in dBFS. */
export function rmsDbfs(samples: ArrayLike<number>): number {
  if (samples.length === 0) return SILENCE_DBFS;
  let sum = 0;
  for (let i = 0; i < samples.length; i++) sum += samples[i] * samples[i];
  const rms = Math.sqrt(sum / samples.length);
  return rms > 0 ? Math.max(SILENCE_DBFS, 20 * Math.log10(rms)) : SILENCE_DBFS;
}

/**
 * A detector fed one frame at a time (`push(dbfs, atMs)`); answers the events that frame caused.
 * `atMs` is the frame's end time on any monotonic clock.
 */
export function createVoiceActivityDetector(options: VoiceActivityOptions = {}) {
  let onsetMs = options.onsetMs ?? ONSET_MS;
  const hangoverMs = options.hangoverMs ?? HANGOVER_MS;
  const marginDb = options.marginDb ?? SPEECH_MARGIN_DB;
  let floor = INITIAL_FLOOR_DBFS;
  let speaking = false;
  /** start of the current run of voiced frames (onset candidate or speech) */
  let voicedSince: number | null = null;
  /** end of the last voiced frame */
  let lastVoicedAt: number | null = null;

  function threshold() {
    return Math.max(floor + marginDb, MIN_SPEECH_DBFS);
  }

  function adapt(dbfs: number) {
    const rate = speaking ? FLOOR_RISE_DURING_SPEECH_RATE : dbfs < floor ? FLOOR_FALL_RATE : FLOOR_RISE_RATE;
    floor = Math.max(FLOOR_MIN_DBFS, floor + (dbfs - floor) * rate);
  }

  function push(dbfs: number, atMs: number): VoiceEvent[] {
    const events: VoiceEvent[] = [];
    const voiced = dbfs > threshold();
    if (voiced) {
      voicedSince ??= atMs - FRAME_MS;
      lastVoicedAt = atMs;
      if (!speaking && atMs - voicedSince >= onsetMs) {
        speaking = true;
        events.push({ type: "speech-start", atMs: voicedSince });
      }
    } else if (!speaking) {
      // an onset in progress survives a gap between syllables
      if (voicedSince !== null && lastVoicedAt !== null && atMs - lastVoicedAt > ONSET_GAP_MS) voicedSince = null;
    } else if (lastVoicedAt !== null && atMs - lastVoicedAt >= hangoverMs) {
      speaking = false;
      events.push({ type: "speech-end", atMs: lastVoicedAt, speechMs: lastVoicedAt - (voicedSince ?? lastVoicedAt) });
      voicedSince = null;
    }
    // the floor learns from unvoiced frames (and, very slowly, from everything during speech)
    if (!voiced || speaking) adapt(dbfs);
    return events;
  }

  return {
    push,
    /** Speech is in progress (after its onset, until the hang-over ends it). */
    get speaking() {
      return speaking;
    },
    get floorDbfs() {
      return floor;
    },
    get thresholdDbfs() {
      return threshold();
    },
    /** A stricter onset while the interviewer speaks, so echo residue does not count as barge-in. */
    setOnsetMs(ms: number) {
      onsetMs = ms;
    },
    /** Forget an utterance in progress (after Pause, or when the microphone restarts). */
    reset() {
      speaking = false;
      voicedSince = null;
      lastVoicedAt = null;
    },
  };
}

export type VoiceActivityDetector = ReturnType<typeof createVoiceActivityDetector>;
