// Records a MediaStream in self-contained segments: a new MediaRecorder every `segmentMs`, so each
// segment is a complete file with its own headers (decodable alone; transcription works per chunk).
// The next recorder starts just before the previous one stops, so segments overlap by a few
// milliseconds instead of leaving holes.

export interface Segment {
  blob: Blob;
  startedAt: number;
  endedAt: number;
}

export function pickMimeType(candidates: string[]): string | undefined {
  return typeof MediaRecorder === "undefined" ? undefined : candidates.find((t) => MediaRecorder.isTypeSupported(t));
}

export class Segmenter {
  private rec: MediaRecorder | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private last: Promise<void> = Promise.resolve();

  constructor(
    readonly stream: MediaStream,
    private options: MediaRecorderOptions,
    private segmentMs: number,
    private onSegment: (s: Segment) => void,
    private onFailure: (startedAt: number, error: unknown) => void,
  ) {}

  get recording(): boolean {
    return !!this.rec;
  }

  live(): boolean {
    return this.stream.getTracks().some((t) => t.readyState === "live");
  }

  start(): void {
    if (this.rec || !this.live()) return;
    const rec = new MediaRecorder(this.stream, this.options);
    const parts: Blob[] = [];
    const startedAt = Date.now();
    let failed: unknown = null;
    this.last = new Promise<void>((done) => {
      rec.ondataavailable = (e) => e.data.size && parts.push(e.data);
      rec.onerror = (e) => (failed = (e as Event & { error?: unknown }).error || e);
      rec.onstop = () => {
        if (failed) this.onFailure(startedAt, failed);
        else if (parts.length) this.onSegment({ blob: new Blob(parts, { type: parts[0].type || rec.mimeType }), startedAt, endedAt: Date.now() });
        done();
      };
    });
    rec.start();
    this.rec = rec;
    this.timer = setTimeout(() => {
      const old = this.rec;
      this.rec = null;
      this.start();
      if (old && old.state !== "inactive") old.stop();
    }, this.segmentMs);
  }

  /** Ends the current segment (it is delivered) and records nothing until start(). */
  pause(): Promise<void> {
    clearTimeout(this.timer);
    const rec = this.rec;
    this.rec = null;
    if (rec && rec.state !== "inactive") rec.stop();
    return this.last;
  }

  /** Ends the current segment and releases the device. */
  async stop(): Promise<void> {
    await this.pause();
    this.stream.getTracks().forEach((t) => t.stop());
  }
}
