// The voice room's microphone on the Web Audio API: an AnalyserNode measures each ~20 ms frame's
// loudness for the voice-activity detector, and a MediaRecorder records one turn at a time from a
// delayed copy of the microphone, so a turn that starts when speech is detected still holds the
// moment before it (the pre-roll): the first syllable is never cut.
import { FRAME_MS, ONSET_MS, rmsDbfs } from "./voice-activity";

/**
 * Audio kept from before speech was detected (300 ms): the detector reports speech 150 ms after it
 * began (ONSET_MS), and soft word onsets ("h", "f") start below the threshold.
 */
export const PRE_ROLL_MS = 300;

/** The recorder hears the microphone this much later, which is what gives a turn its pre-roll. */
const RECORDER_DELAY_S = (ONSET_MS + PRE_ROLL_MS) / 1000;

/** Analyser window: 1,024 samples is 21 ms at 48 kHz (23 ms at 44.1 kHz), about one detector frame. */
const ANALYSER_FFT_SIZE = 1024;

/** Opus in WebM (Chromium, Firefox), Ogg (older Firefox), then MP4 (Safari): every one is accepted by the turn upload. */
const RECORDING_TYPES = ["audio/webm;codecs=opus", "audio/webm", "audio/ogg;codecs=opus", "audio/mp4"];

export interface RecordedTurn {
  audio: Blob;
  durationMs: number;
}

export interface Microphone {
  /** Starts recording a turn (at the detected start of speech; the recording includes the pre-roll). */
  startTurn(): void;
  /** Stops the turn and answers its audio; null when no turn was being recorded. */
  stopTurn(): Promise<RecordedTurn | null>;
  /** Drops the turn in progress (paused, or the interview ended). */
  cancelTurn(): void;
  /** Mutes the microphone at the source while paused (the browser's recording indicator shows it is idle). */
  setEnabled(enabled: boolean): void;
  /** The AudioContext was created outside a user gesture and waits for one (a click on "Start talking"). */
  readonly suspended: boolean;
  resume(): Promise<void>;
  close(): void;
}

/** Asks for the microphone, with the browser's echo cancellation and noise suppression (speakers or headphones both work). */
export async function openMicrophone(onFrame: (dbfs: number, atMs: number) => void): Promise<Microphone> {
  if (!navigator.mediaDevices?.getUserMedia || typeof MediaRecorder === "undefined" || typeof AudioContext === "undefined")
    throw new DOMException("This browser cannot record audio", "NotSupportedError");
  const stream = await navigator.mediaDevices.getUserMedia({
    audio: { echoCancellation: true, noiseSuppression: true, autoGainControl: true, channelCount: 1 },
  });
  const context = new AudioContext();
  const source = context.createMediaStreamSource(stream);
  const analyser = context.createAnalyser();
  analyser.fftSize = ANALYSER_FFT_SIZE;
  source.connect(analyser);
  const delay = context.createDelay(1);
  delay.delayTime.value = RECORDER_DELAY_S;
  const delayed = context.createMediaStreamDestination();
  source.connect(delay).connect(delayed);

  const samples = new Float32Array(analyser.fftSize);
  // a timer rather than requestAnimationFrame, which stops while another window covers the page. Browsers slow timers
  // in a background tab (Chrome to once a second), so turns are only cut reliably while the room's tab is in front;
  // an AudioWorklet would avoid that but needs a script the page's CSP (nonce + strict-dynamic) does not allow to load
  const timer = setInterval(() => {
    analyser.getFloatTimeDomainData(samples);
    onFrame(rmsDbfs(samples), performance.now());
  }, FRAME_MS);

  const mimeType = RECORDING_TYPES.find((t) => typeof MediaRecorder !== "undefined" && MediaRecorder.isTypeSupported(t));
  let recorder: MediaRecorder | null = null;
  let chunks: Blob[] = [];
  let startedAt = 0;

  const microphone: Microphone = {
    startTurn() {
      if (recorder) return;
      chunks = [];
      recorder = new MediaRecorder(delayed.stream, mimeType ? { mimeType } : undefined);
      recorder.ondataavailable = (e) => e.data.size > 0 && chunks.push(e.data);
      recorder.start();
      startedAt = performance.now();
    },
    stopTurn() {
      const r = recorder;
      recorder = null;
      if (!r) return Promise.resolve(null);
      const durationMs = performance.now() - startedAt;
      return new Promise((resolve) => {
        r.onstop = () => resolve({ audio: new Blob(chunks, { type: r.mimeType || mimeType || "audio/webm" }), durationMs });
        r.stop();
      });
    },
    cancelTurn() {
      const r = recorder;
      recorder = null;
      if (r && r.state !== "inactive") r.stop();
    },
    setEnabled(enabled) {
      stream.getAudioTracks().forEach((t) => (t.enabled = enabled));
    },
    get suspended() {
      return context.state === "suspended";
    },
    resume() {
      return context.resume();
    },
    close() {
      clearInterval(timer);
      microphone.cancelTurn();
      stream.getTracks().forEach((t) => t.stop());
      void context.close().catch(() => undefined);
    },
  };
  return microphone;
}
