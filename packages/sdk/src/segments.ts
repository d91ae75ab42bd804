// Records a MediaStream as a series of recorder runs: a new MediaRecorder every `segmentMs`. The next
// recorder starts just before the previous one stops, so runs overlap by a few milliseconds instead
// of leaving holes.
//
// Without `timesliceMs` (screen) a run is delivered whole when it stops: a self-contained segment
// with its own headers. With `timesliceMs` (audio) a run is a span (ADR 010): each timeslice is
// delivered as soon as the browser hands it over, flagged `first` when it opens its run — only that
// one carries the container header, and a run's timeslices joined in order are one valid file.

export interface Segment {
  blob: Blob;
  startedAt: number;
  endedAt: number;
  /** the first piece of its recorder run (the one with the header) */
  first: boolean;
  /** the same object for every piece of one recorder run */
  run: object;
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
    private timesliceMs?: number,
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
    const sliced = !!this.timesliceMs;
    const run = {};
    const parts: Blob[] = [];
    const startedAt = Date.now();
    let from = startedAt;
    let pieces = 0;
    let failed: unknown = null;
    this.last = new Promise<void>((done) => {
      rec.ondataavailable = (e) => {
        if (!e.data.size) return;
        if (!sliced) return void parts.push(e.data);
        const endedAt = Date.now();
        this.onSegment({ blob: e.data, startedAt: from, endedAt, first: pieces++ === 0, run });
        from = endedAt;
      };
      rec.onerror = (e) => (failed = (e as Event & { error?: unknown }).error || e);
      rec.onstop = () => {
        if (failed) this.onFailure(startedAt, failed);
        else if (parts.length)
          this.onSegment({
            blob: new Blob(parts, { type: parts[0].type || rec.mimeType }),
            startedAt,
            endedAt: Date.now(),
            first: true,
            run,
          });
        done();
      };
    });
    if (sliced) rec.start(this.timesliceMs);
    else rec.start();
    this.rec = rec;
    this.timer = setTimeout(() => {
      const old = this.rec;
      this.rec = null;
      this.start();
      if (old && old.state !== "inactive") old.stop();
    }, this.segmentMs);
  }

  /** Ends the current run (its last piece is delivered) and records nothing until start(). */
  pause(): Promise<void> {
    clearTimeout(this.timer);
    const rec = this.rec;
    this.rec = null;
    if (rec && rec.state !== "inactive") rec.stop();
    return this.last;
  }

  /** Ends the current run and releases the device. */
  async stop(): Promise<void> {
    await this.pause();
    this.stream.getTracks().forEach((t) => t.stop());
  }
}
