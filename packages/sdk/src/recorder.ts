// The recorder core (sdk-recorder.js), loaded on init(): session handling, media segments,
// behaviour capture, and the event and chunk pipelines.
import { startCapture } from "./capture";
import { type ChunkRecord, ChunkUploader, openChunkStore } from "./chunk-queue";
import { cutText } from "./dom";
import { EventPipeline } from "./events";
import { createLevelMeter, type LevelMeter } from "./level";
import { pickMimeType, type Segment, Segmenter } from "./segments";
import { createTransport, failure, ok } from "./transport";
import type { Consent, Core, CoreFactory, RecorderState, StartOptions } from "./types";

type Kind = "audio" | "screen";
const KINDS: Kind[] = ["audio", "screen"];
// audio: one recorder run (span) per minute, uploaded as 5 s timeslices, so that a minute of speech is
// one Whisper call while a lost page loses at most 5 s (ADR 010); screen: self-contained 10 s segments
const SEGMENT_MS = { audio: 60_000, screen: 10_000 };
const TIMESLICE_MS: Partial<Record<Kind, number>> = { audio: 5000 };
const MEDIA: Record<Kind, { types: string[]; options: MediaRecorderOptions }> = {
  audio: { types: ["audio/webm;codecs=opus", "audio/webm", "audio/ogg;codecs=opus", "audio/mp4"], options: { audioBitsPerSecond: 48_000 } },
  screen: {
    types: ["video/webm;codecs=vp8", "video/webm;codecs=vp9", "video/webm", "video/mp4"],
    options: { videoBitsPerSecond: 1_000_000 },
  },
};

function storage(kind: "session" | "local"): Storage | null {
  try {
    return kind === "session" ? sessionStorage : localStorage;
  } catch {
    return null; // blocked storage (sandboxed iframes, strict privacy settings)
  }
}

export const createCore: CoreFactory = async (opts, emit) => {
  const { key, endpoint } = opts;
  const transport = createTransport(endpoint, key);
  const remembered = `ut:session:${key}`;
  const saved = (() => {
    try {
      return JSON.parse(storage("session")?.getItem(remembered) || "null") as { id: string; capturing: boolean } | null;
    } catch {
      return null;
    }
  })();
  let sessionId: string | null = opts.sessionId || saved?.id || null;
  let fromStorage = !opts.sessionId && !!saved;
  const localConsent: Consent | undefined = opts.consent;
  let consent: Consent = { recording: false, analytics: false };
  let attached = false;
  let t0 = 0;
  let state: RecorderState = "idle";
  let paused = false;
  let stopCapture: (() => void) | null = null;
  let identity: { externalId: string; name?: string; email?: string } | null = null;
  const segments: Partial<Record<Kind, Segmenter>> = {};
  const meters: Partial<Record<Kind, LevelMeter>> = {};
  // the chunk index each recorder run (span) started at
  const spanStarts = new WeakMap<object, number>();
  const nextIndex: Record<Kind, number> = { audio: 0, screen: 0 };
  const adding = new Set<Promise<void>>();

  const remember = (capturing: boolean) => storage("session")?.setItem(remembered, JSON.stringify({ id: sessionId, capturing }));
  const indexKey = (kind: Kind) => `ut:index:${sessionId}:${kind}`;

  const store = await openChunkStore();
  const uploader = new ChunkUploader(
    store,
    transport,
    (r) => r.endpoint === endpoint && r.key === key,
    (r, reason) => {
      reportGap(r.sessionId, r.kind, r.index, r.index, reason);
      if (reason === "session_ended" && r.sessionId === sessionId) void ended();
    },
    () => setState(state),
  );
  const events = new EventPipeline(
    transport,
    () => (attached && sessionId ? { id: sessionId, t0 } : null),
    emit,
    () => void ended(),
  );

  /** The server says the session is over (ended elsewhere, e.g. by the interviewer): stop recording into it. */
  async function ended() {
    if (state === "ended") return;
    setState("ended");
    stopCapture?.();
    stopCapture = null;
    await Promise.all(KINDS.map(stopMedia));
    detach();
    emit("error", { code: "session_ended", message: "UserTests: the session has ended; recording stopped" });
  }

  /** Stops recording one kind: the last piece is delivered (with its level), then the device and meter are released. */
  async function stopMedia(kind: Kind) {
    await segments[kind]?.stop();
    delete segments[kind];
    meters[kind]?.stop();
    delete meters[kind];
  }

  /** Forgets an ended session: a later start() on this page begins a new one (or fails for a given sessionId). */
  function detach() {
    storage("session")?.removeItem(remembered);
    attached = false;
    if (!opts.sessionId) sessionId = null;
  }

  function setState(next: RecorderState) {
    state = next;
    emit("state", {
      state,
      sessionId,
      audio: !!segments.audio?.recording,
      screen: !!segments.screen?.recording,
      pendingChunks: uploader.pending,
    });
  }

  function reportGap(session: string, kind: Kind, fromIndex: number, toIndex: number, reason: string) {
    const gap = { kind, fromIndex, toIndex, reason };
    emit("gap", { sessionId: session, ...gap });
    void transport.retrying("POST", `/${session}/gaps`, gap, 6);
  }

  /** Creates the session if there is none, then attaches: server clock, consents, chunk numbering. */
  async function attach(): Promise<void> {
    if (attached) return;
    if (!sessionId) {
      // identify() data follows separately: a bad email there must not stop the recording
      const created = await transport.retrying("POST", "", { consent: localConsent ?? { recording: false, analytics: false } });
      if (!ok(created)) throw failure("creating a session", created);
      sessionId = String(created.data!.sessionId);
      fromStorage = false;
      remember(false);
    }
    // the browser's language (primary subtag), Whisper's hint for this session's audio; an odd tag is
    // left out rather than risk a 400 that would stop the recording
    const language = String(navigator.language || "").split("-")[0];
    const started = await transport.retrying("POST", `/${sessionId}/start`, /^[a-z]{2,3}$/i.test(language) ? { language } : {});
    if (started.status === 409 && fromStorage) {
      // the session remembered by this tab has ended: begin a new one
      sessionId = null;
      fromStorage = false;
      return attach();
    }
    if (!ok(started)) throw failure("starting the session", started);
    const d = started.data as { startedAt: string; serverTime: string; consent: Consent; nextChunkIndex: Record<Kind, number> };
    // offsets count from the session's start on the server clock, whatever this device's clock says
    t0 = Date.now() - (Date.parse(d.serverTime) - Date.parse(d.startedAt));
    consent = {
      recording: d.consent.recording && (!localConsent || localConsent.recording),
      analytics: d.consent.analytics && (!localConsent || localConsent.analytics),
    };
    for (const kind of KINDS)
      nextIndex[kind] = Math.max(d.nextChunkIndex[kind] || 0, Number(storage("local")?.getItem(indexKey(kind))) || 0);
    attached = true;
    if (identity) sendIdentity();
    void events.pump();
  }

  function sendIdentity() {
    const { externalId, name, email } = identity!;
    identity = null;
    void transport.retrying("POST", `/${sessionId}/identify`, { externalId, name, email });
  }

  function takeIndex(kind: Kind): number {
    const index = nextIndex[kind]++;
    storage("local")?.setItem(indexKey(kind), String(nextIndex[kind]));
    return index;
  }

  function onSegment(kind: Kind, s: Segment) {
    const index = takeIndex(kind);
    if (s.first) spanStarts.set(s.run, index);
    const sliced = !!TIMESLICE_MS[kind];
    const spanStart = spanStarts.get(s.run);
    const levelDb = meters[kind]?.take();
    const record: ChunkRecord = {
      id: `${sessionId}:${kind}:${index}`,
      endpoint,
      key,
      sessionId: sessionId!,
      kind,
      index,
      blob: s.blob,
      type: s.blob.type || MEDIA[kind].types[0],
      startMs: s.startedAt - t0,
      durationMs: s.endedAt - s.startedAt,
      createdAt: Date.now(),
      ...(sliced && spanStart !== undefined ? { spanStart } : {}),
      ...(levelDb !== undefined ? { levelDb } : {}),
    };
    const p = uploader.add(record).finally(() => adding.delete(p));
    adding.add(p);
  }

  async function acquire(want: StartOptions): Promise<Partial<Record<Kind, MediaStream>>> {
    const got: Partial<Record<Kind, MediaStream>> = {};
    try {
      if (want.audio && !segments.audio)
        got.audio = await navigator.mediaDevices.getUserMedia({ audio: { echoCancellation: true, noiseSuppression: true } });
      if (want.screen && !segments.screen)
        got.screen = await navigator.mediaDevices.getDisplayMedia({ video: { frameRate: 5 }, audio: false });
      return got;
    } catch (e) {
      release(got);
      throw e;
    }
  }

  const release = (streams: Partial<Record<Kind, MediaStream>>) =>
    Object.values(streams).forEach((s) => s!.getTracks().forEach((t) => t.stop()));

  function record(kind: Kind, stream: MediaStream) {
    const mimeType = pickMimeType(MEDIA[kind].types);
    const seg = new Segmenter(
      stream,
      { ...MEDIA[kind].options, ...(mimeType ? { mimeType } : {}) },
      SEGMENT_MS[kind],
      (s) => onSegment(kind, s),
      (_at, error) => {
        const index = takeIndex(kind);
        emit("error", { code: "recorder_error", kind, message: String(error) });
        reportGap(sessionId!, kind, index, index, "recorder_error");
      },
      TIMESLICE_MS[kind],
    );
    segments[kind] = seg;
    const meter = kind === "audio" ? createLevelMeter(stream) : undefined;
    meters[kind] = meter;
    // the participant stopped sharing (browser UI) or the device went away
    stream.getTracks().forEach((t) =>
      t.addEventListener("ended", () => {
        if (segments[kind] !== seg) return;
        delete segments[kind];
        void seg.stop().then(() => {
          // the last piece has its level: the meter can go
          meter?.stop();
          if (meters[kind] === meter) delete meters[kind];
          setState(state);
        });
      }),
    );
    if (!paused) seg.start();
  }

  const capture = (type: string, data: Record<string, unknown>) => {
    if (!paused) events.push(type, data);
  };

  function startBehaviour() {
    if (consent.analytics && !stopCapture) stopCapture = startCapture(capture);
  }

  // the page is being hidden or left: hand pending events to sendBeacon; close the current media
  // segments so they reach IndexedDB (resumed on the next load) rather than vanish with the page
  addEventListener("pagehide", () => {
    events.beacon();
    KINDS.forEach((k) => segments[k]?.pause());
  });
  addEventListener("pageshow", (e) => {
    if ((e as PageTransitionEvent).persisted && !paused) KINDS.forEach((k) => segments[k]?.start());
  });
  document.addEventListener("visibilitychange", () => document.visibilityState === "hidden" && events.beacon());

  // chunks left by an earlier page load (or a crash) are uploaded now
  void uploader.kick();

  // a reload of a page that was recording: behaviour capture carries on in the same session
  if (saved?.capturing && fromStorage) {
    try {
      await attach();
      startBehaviour();
      setState("recording");
    } catch {
      // the session is unreachable for now; start() will try again
    }
  }

  const core: Core = {
    async start(options = {}) {
      const previous = state;
      setState("starting");
      let streams: Partial<Record<Kind, MediaStream>> = {};
      try {
        // ask for devices first while the click's user activation is fresh, when consent is known here
        if (localConsent?.recording) streams = await acquire(options);
        await attach();
        if (!localConsent && consent.recording) streams = await acquire(options);
        if (!consent.recording) {
          release(streams);
          streams = {};
          if (options.audio || options.screen)
            emit("error", {
              code: "recording_consent_required",
              message: "UserTests: no recording consent for this session; audio and screen are not recorded",
            });
        }
      } catch (e) {
        release(streams);
        setState(previous === "starting" ? "idle" : previous);
        emit("error", {
          code: (e as { code?: string }).code || (e as Error).name || "start_failed",
          message: String((e as Error).message || e),
        });
        throw e;
      }
      for (const kind of KINDS) if (streams[kind]) record(kind, streams[kind]!);
      startBehaviour();
      remember(true);
      setState(paused ? "paused" : "recording");
      return { sessionId: sessionId! };
    },

    pause() {
      if (state !== "recording") return;
      paused = true;
      KINDS.forEach((k) => segments[k]?.pause());
      setState("paused");
    },

    resume() {
      if (state !== "paused") return;
      paused = false;
      KINDS.forEach((k) => segments[k]?.start());
      setState("recording");
    },

    async stop() {
      stopCapture?.();
      stopCapture = null;
      await Promise.all(KINDS.map(stopMedia));
      await Promise.all(adding);
      paused = false;
      if (sessionId) remember(false);
      await Promise.all([events.drain(10_000), uploader.drain(30_000)]);
      if (state !== "idle" && state !== "ended") setState("stopped");
    },

    async end() {
      await core.stop();
      if (!sessionId) return;
      const reply = await transport.retrying("POST", `/${sessionId}/end`);
      if (!ok(reply)) throw failure("ending the session", reply);
      setState("ended");
      detach();
    },

    marker(name, data) {
      events.push("marker", { ...data, name: cutText(String(name), 200) });
    },

    identify(externalId, traits) {
      identity = { externalId: String(externalId), name: traits?.name, email: traits?.email };
      if (attached) sendIdentity();
    },

    sessionId: () => sessionId,
  };
  return core;
};
