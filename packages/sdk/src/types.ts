// The SDK's public contract (script tag → window.UserTests, or the ESM export). Keep it stable:
// the interview room and customer sites code against it.

export interface Consent {
  recording: boolean;
  analytics: boolean;
}

export interface InitOptions {
  /** the project's public key (ut_pub_…); defaults to the script tag's data-project-key */
  key?: string;
  /** the UserTests server; defaults to the origin sdk.js was loaded from (ESM: the page's origin) */
  endpoint?: string;
  /** attach to an existing session (e.g. the interview room) instead of creating one on start() */
  sessionId?: string;
  /**
   * What the participant agreed to. Without it nothing is recorded on a new session; for an
   * existing session the consents stored with it apply (and this can only narrow them).
   */
  consent?: Consent;
}

export interface StartOptions {
  audio?: boolean;
  screen?: boolean;
}

export type RecorderState = "idle" | "starting" | "recording" | "paused" | "stopped" | "ended";

export interface StateDetail {
  state: RecorderState;
  sessionId: string | null;
  audio: boolean;
  screen: boolean;
  /** media chunks recorded but not yet acknowledged by the server (kept in IndexedDB) */
  pendingChunks: number;
}

export interface ErrorDetail {
  code: string;
  message: string;
  [k: string]: unknown;
}

export interface GapDetail {
  kind: "audio" | "screen";
  fromIndex: number;
  toIndex: number;
  reason: string;
}

export type EventName = "state" | "error" | "gap";

export interface UserTestsApi {
  init(opts?: InitOptions): Promise<void>;
  start(opts?: StartOptions): Promise<{ sessionId: string }>;
  pause(): void;
  resume(): void;
  /** stops recording, flushes events and pending chunks; does not end the session */
  stop(): Promise<void>;
  /** stop(), then ends the session on the server (which queues its processing) */
  end(): Promise<void>;
  marker(name: string, data?: Record<string, unknown>): void;
  identify(externalId: string, traits?: { name?: string; email?: string }): void;
  getSessionId(): string | null;
  on(event: EventName, listener: (detail: unknown) => void): () => void;
}

/** What the lazily loaded recorder provides to the loader's facade. */
export interface Core {
  start(opts?: StartOptions): Promise<{ sessionId: string }>;
  pause(): void;
  resume(): void;
  stop(): Promise<void>;
  end(): Promise<void>;
  marker(name: string, data?: Record<string, unknown>): void;
  identify(externalId: string, traits?: { name?: string; email?: string }): void;
  sessionId(): string | null;
}

export type Emit = (event: EventName, detail: unknown) => void;

export type CoreFactory = (opts: InitOptions & { key: string; endpoint: string }, emit: Emit) => Promise<Core>;
