// A loopback HTTP server that speaks enough of two model APIs for the real SDKs to run against it:
//   - Anthropic Messages: POST /v1/messages (JSON, or SSE with `stream: true`), POST /v1/messages/count_tokens
//   - OpenAI transcription: POST /v1/audio/transcriptions (multipart) → { text } / verbose_json / text
//   - OpenAI speech: POST /v1/audio/speech (JSON) → a small valid mp3 or wav, streamed in chunks (fake-voice.ts)
// Point the SDKs at it with ANTHROPIC_BASE_URL=<url> and OPENAI_BASE_URL=<url>/v1 (see `env()`).
//
// Each API has a queue of scripted replies (text, content blocks, HTTP errors such as 529 overloaded,
// error events in the middle of a stream, hangs for timeouts, dropped connections, malformed output),
// then a chain of responders (`use`) that may answer by looking at the request, then a default.
// Every request is recorded, parsed, for assertions. Used by vitest files, the e2e suite and the
// offline demo (scripts/fake-ai-server.ts).
import { createHash } from "node:crypto";
import http from "node:http";
import type { AddressInfo, Socket } from "node:net";
import type { LatencyModel } from "./latency-model";
import { WHISPER_BEHAVIOURS, type WhisperBehaviour, whisperBehaviour } from "./whisper-behaviours";
import { SPEECH_FORMATS, type SpeechRequest, speechDurationMs } from "./fake-voice";
import { pick, seededRandom } from "./seeded-random";

// ───────────────────────── Types ─────────────────────────

export type FailureKind = "overloaded" | "server_error" | "rate_limited" | "bad_request" | "unauthorized" | "not_found";

/**
 * An HTTP error answer: a named kind, or an explicit status/type/message. `retryAfter` is the
 * retry-after header in seconds (default: 1 on 429 and 529, none otherwise; null sends none).
 */
export type Failure = FailureKind | { status: number; type: string; message?: string; retryAfter?: number | null };

/**
 * Switchable behaviours of the fake Claude, for a whole server (FakeAiServerOptions.behaviour,
 * setBehaviour, POST /__control/behaviour, FAKE_AI_BEHAVIOUR for `npm run ai:fake`):
 *   - quotes "messy": the analysis responder quotes like a real model, loosely (curly quotes, case,
 *     whitespace, trimmed punctuation, "…" joins, two lines), and now and then paraphrases or
 *     invents a quote or leaves a field out (tests/fakes/messy-extraction.ts)
 *   - flaky: about one Claude request in four fails the way the real API does now and then (429 with
 *     retry-after, 529, 500, a reply cut off mid-stream); scripted replies are never replaced
 * `seed` makes both repeatable.
 */
export interface FakeBehaviour {
  quotes: "exact" | "messy";
  flaky: boolean;
  seed: number;
}

export const DEFAULT_BEHAVIOUR: FakeBehaviour = { quotes: "exact", flaky: false, seed: 1 };

export type ClaudeContentBlock =
  { type: "text"; text: string } | { type: "tool_use"; id?: string; name: string; input: Record<string, unknown> };

export interface ClaudeUsage {
  input_tokens?: number;
  output_tokens?: number;
  cache_read_input_tokens?: number;
  cache_creation_input_tokens?: number;
}

export type StopReason = "end_turn" | "max_tokens" | "stop_sequence" | "tool_use";

interface Timing {
  /** wait before answering at all */
  delayMs?: number;
}

export type ClaudeReply =
  | (Timing & {
      text: string;
      usage?: ClaudeUsage;
      stopReason?: StopReason;
      /** characters per text_delta when streaming (default: the server's chunkSize) */
      chunkSize?: number;
      /** pause between streamed deltas (default: the server's chunkDelayMs) */
      chunkDelayMs?: number;
      /** close the connection after this many streamed deltas (non-streaming: halfway through the body) */
      cutAfterChunks?: number;
    })
  | (Timing & {
      content: ClaudeContentBlock[];
      usage?: ClaudeUsage;
      stopReason?: StopReason;
      chunkSize?: number;
      chunkDelayMs?: number;
      cutAfterChunks?: number;
    })
  | (Timing & { error: Failure })
  /** streaming only: send this many text deltas of `text`, then an SSE `error` event (default overloaded) */
  | (Timing & { text: string; failAfterChunks: number; streamError?: Failure })
  /** accept the request and never answer: exercises client timeouts */
  | { hang: true }
  /** close the socket without an answer */
  | { drop: true }
  /** a 200 that the SDK cannot use: bad JSON, a stream cut off after message_start, or an empty content list */
  | (Timing & { malformed: "invalid_json" | "truncated_stream" | "empty_content" });

export type TranscriptionReply =
  | (Timing & { text: string; language?: string; duration?: number })
  | (Timing & { error: Failure })
  | { hang: true }
  | { drop: true }
  | (Timing & { malformed: "invalid_json" });

export interface RecordedRequest {
  method: string;
  path: string;
  headers: http.IncomingHttpHeaders;
  /** the credential sent, from x-api-key or Authorization: Bearer (this SDK version sends the latter) */
  apiKey: string | null;
  bytes: number;
  at: Date;
}

/** A parsed Messages API request. */
export interface ClaudeRequest extends RecordedRequest {
  // the JSON body as sent by the SDK
  body: {
    model: string;
    max_tokens: number;
    stream?: boolean;
    system?: string | Array<{ type: string; text: string; cache_control?: { type: string } }>;
    messages: Array<{
      role: "user" | "assistant";
      content: string | Array<{ type: string; text?: string; cache_control?: { type: string } }>;
    }>;
    tools?: Array<{ name: string; cache_control?: { type: string } }>;
    [key: string]: unknown;
  };
  stream: boolean;
  /** the server's behaviour when the request arrived (responders read it) */
  behaviour: FakeBehaviour;
}

/** A parsed transcription request (multipart fields; the file's bytes are kept). */
export interface TranscriptionRequest extends RecordedRequest {
  model: string | null;
  responseFormat: string | null;
  language: string | null;
  prompt: string | null;
  file: { name: string; type: string; size: number; bytes: Buffer } | null;
}

export type ClaudeResponder = (req: ClaudeRequest) => ClaudeReply | string | undefined;
export type TranscriptionResponder = (req: TranscriptionRequest) => TranscriptionReply | string | undefined;

interface Api<Req, Reply, Responder> {
  /** queue replies, answered in order (a string is shorthand for `{ text }`) */
  reply(...replies: (Reply | string)[]): void;
  /** put `times` failures in front of the queue (default: overloaded) */
  failNext(times?: number, failure?: Failure): void;
  /** answer the next `times` requests that match with `reply` (checked before the queue) */
  when(match: (req: Req) => boolean, reply: Reply | string, times?: number): void;
  /** add a responder consulted (in order) when the queue is empty; return undefined to pass */
  use(responder: Responder): void;
  /** the answer when the queue is empty and no responder answered */
  setDefault(responder: Responder): void;
  /** every request to this API, in order */
  readonly requests: Req[];
  /** replies still queued */
  pending(): number;
}

export interface FakeAiServerOptions {
  port?: number;
  host?: string;
  /** when set, requests must carry this key (x-api-key / Authorization: Bearer), else 401 */
  requireApiKey?: string;
  /** default characters per streamed text delta (default 12) */
  chunkSize?: number;
  /** default pause between streamed deltas (default 0) */
  chunkDelayMs?: number;
  claudeDefault?: ClaudeResponder;
  /** initial behaviour (default DEFAULT_BEHAVIOUR); reset() returns to it */
  behaviour?: Partial<FakeBehaviour>;
  /** how long each call takes before it is answered (latency-model.ts); none by default */
  latency?: LatencyModel;
  transcriptionDefault?: TranscriptionResponder;
  /** called once per request with a one-line summary (the standalone runner logs them) */
  onRequest?: (line: string) => void;
  /**
   * Serve the control API, for scripting a shared server from another process (the e2e suite):
   *   POST /__control/claude/when  { lastUserIncludes?, systemIncludes?, times?, reply }  → 204
   *   POST /__control/transcription/behaviour { behaviour } (tests/fakes/whisper-behaviours.ts; before responders) → 204
   *   POST /__control/behaviour { quotes?, flaky?, seed? }                              → 204
   *   POST /__control/reset                                                             → 204
   */
  control?: boolean;
}

export interface FakeAiServer {
  url: string;
  port: number;
  /** for ANTHROPIC_BASE_URL (the SDK appends /v1/messages) */
  anthropicBaseUrl: string;
  /** for OPENAI_BASE_URL (the SDK appends /audio/transcriptions) */
  openaiBaseUrl: string;
  /** the environment variables that point the app's SDK clients here */
  env(apiKey?: string): Record<"ANTHROPIC_API_KEY" | "ANTHROPIC_BASE_URL" | "OPENAI_API_KEY" | "OPENAI_BASE_URL", string>;
  claude: Api<ClaudeRequest, ClaudeReply, ClaudeResponder>;
  transcription: Api<TranscriptionRequest, TranscriptionReply, TranscriptionResponder>;
  /** the speech API (voice interviews): requests made, and failures to answer the next ones with */
  speech: { readonly requests: SpeechRequest[]; failNext(times?: number, failure?: Failure): void };
  /** every request to the server, including unknown paths */
  readonly requests: RecordedRequest[];
  /** the current behaviour */
  readonly behaviour: FakeBehaviour;
  /** change the behaviour (unnamed fields keep their value); restarts the seeded randomness */
  setBehaviour(change: Partial<FakeBehaviour>): void;
  /** empties queues, responders and recorded requests; forgets the prompt cache */
  reset(): void;
  close(): Promise<void>;
}

// ───────────────────────── Helpers ─────────────────────────

const FAILURES: Record<FailureKind, { status: number; type: string; message: string }> = {
  overloaded: { status: 529, type: "overloaded_error", message: "Overloaded" },
  server_error: { status: 500, type: "api_error", message: "Internal server error" },
  rate_limited: { status: 429, type: "rate_limit_error", message: "Rate limited" },
  bad_request: { status: 400, type: "invalid_request_error", message: "Invalid request" },
  unauthorized: { status: 401, type: "authentication_error", message: "invalid x-api-key" },
  not_found: { status: 404, type: "not_found_error", message: "Not found" },
};

function failureOf(f: Failure) {
  return typeof f === "string" ? FAILURES[f] : { message: f.type, ...f };
}

/** About four characters per token, like English text. */
export function estimateTokens(text: string): number {
  return text.length === 0 ? 0 : Math.max(1, Math.ceil(text.length / 4));
}

function contentText(content: ClaudeRequest["body"]["messages"][number]["content"]): string {
  return typeof content === "string" ? content : content.map((b) => b.text ?? JSON.stringify(b)).join("\n");
}

function systemBlocks(body: ClaudeRequest["body"]) {
  if (!body.system) return [];
  return typeof body.system === "string"
    ? [{ type: "text", text: body.system } as { type: string; text: string; cache_control?: { type: string } }]
    : body.system;
}

/** The text of the system prompt, all blocks joined. */
export function systemText(req: ClaudeRequest): string {
  return systemBlocks(req.body)
    .map((b) => b.text)
    .join("\n");
}

/** The last user turn's text. */
export function lastUserText(req: ClaudeRequest): string {
  const last = [...req.body.messages].reverse().find((m) => m.role === "user");
  return last ? contentText(last.content) : "";
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** What the flaky behaviour answers instead, now and then: the real API's transient failures. */
const FLAKY_RATE = 0.25;
const FLAKY_REPLIES: ClaudeReply[] = [
  {
    error: {
      status: 429,
      type: "rate_limit_error",
      message: "Number of request tokens has exceeded your per-minute rate limit",
      retryAfter: 2,
    },
  },
  { error: "overloaded" },
  { error: "server_error" },
  { text: "Could you tell me a bit more about what happened right after", cutAfterChunks: 2 },
];

// ───────────────────────── Server ─────────────────────────

export async function startFakeAiServer(options: FakeAiServerOptions = {}): Promise<FakeAiServer> {
  const chunkSizeDefault = options.chunkSize ?? 12;
  const chunkDelayDefault = options.chunkDelayMs ?? 0;
  const all: RecordedRequest[] = [];
  const sockets = new Set<Socket>();
  const cachedPrefixes = new Set<string>();
  let messageCounter = 0;
  let behaviour: FakeBehaviour = { ...DEFAULT_BEHAVIOUR, ...options.behaviour };
  let flakyRandom = seededRandom(behaviour.seed);
  const setBehaviour = (change: Partial<FakeBehaviour>) => {
    behaviour = { ...behaviour, ...change };
    flakyRandom = seededRandom(behaviour.seed);
  };
  const resetBehaviour = () => {
    behaviour = { ...DEFAULT_BEHAVIOUR };
    setBehaviour(options.behaviour ?? {});
  };

  /** `interject` may answer after scripted replies and before responders (the flaky behaviour). */
  function makeApi<Req, Reply, Responder extends (req: Req) => Reply | string | undefined>(
    fallback: Responder,
    interject?: (req: Req) => Reply | undefined,
  ) {
    const state = {
      queue: [] as (Reply | string)[],
      rules: [] as { match: (req: Req) => boolean; reply: Reply | string; left: number }[],
      responders: [] as Responder[],
      fallback,
      requests: [] as Req[],
    };
    const api: Api<Req, Reply, Responder> = {
      reply: (...replies) => void state.queue.push(...replies),
      failNext: (times = 1, failure = "overloaded") =>
        void state.queue.unshift(...Array.from({ length: times }, () => ({ error: failure }) as Reply)),
      when: (match, reply, times = 1) => void state.rules.push({ match, reply, left: times }),
      use: (responder) => void state.responders.push(responder),
      setDefault: (responder) => void (state.fallback = responder),
      get requests() {
        return state.requests;
      },
      pending: () => state.queue.length,
    };
    const next = (req: Req): Reply | string => {
      const rule = state.rules.find((r) => r.left > 0 && r.match(req));
      if (rule) {
        rule.left--;
        return rule.reply;
      }
      if (state.queue.length) return state.queue.shift()!;
      const interjected = interject?.(req);
      if (interjected !== undefined) return interjected;
      for (const r of state.responders) {
        const reply = r(req);
        if (reply !== undefined) return reply;
      }
      return state.fallback(req) ?? "";
    };
    const reset = () => {
      state.queue = [];
      state.rules = [];
      state.responders = [];
      state.requests.length = 0;
    };
    return { api, state, next, reset };
  }

  const claude = makeApi<ClaudeRequest, ClaudeReply, ClaudeResponder>(
    options.claudeDefault ?? ((req) => `Fake reply ${req.body.messages.length}: could you tell me more about that?`),
    () => (behaviour.flaky && flakyRandom() < FLAKY_RATE ? pick(flakyRandom, FLAKY_REPLIES) : undefined),
  );
  // the transcription default is a switchable behaviour (whisper-behaviours.ts); reset() comes back to this one
  const transcriptionFallback = options.transcriptionDefault ?? whisperBehaviour("default");
  // the behaviour chosen through the control API, consulted before the responders
  let whisperOverride: TranscriptionResponder | null = null;
  const transcription = makeApi<TranscriptionRequest, TranscriptionReply, TranscriptionResponder>(transcriptionFallback);
  const speechRequests: SpeechRequest[] = [];
  const speechFailures: Failure[] = [];

  function json(res: http.ServerResponse, status: number, body: unknown, extra: Record<string, string> = {}) {
    res.writeHead(status, { "content-type": "application/json", "request-id": `req_fake_${messageCounter}`, ...extra });
    res.end(JSON.stringify(body));
  }

  function anthropicError(res: http.ServerResponse, f: Failure) {
    const failure = failureOf(f);
    const { status, type, message } = failure;
    const retryAfter =
      "retryAfter" in failure && failure.retryAfter !== undefined ? failure.retryAfter : status === 429 || status === 529 ? 1 : null;
    json(res, status, { type: "error", error: { type, message } }, retryAfter === null ? {} : { "retry-after": String(retryAfter) });
  }

  function openaiError(res: http.ServerResponse, f: Failure) {
    const { status, type, message } = failureOf(f);
    // like OpenAI, a rate limit says when to come back
    json(res, status, { error: { message, type, param: null, code: type } }, status === 429 ? { "retry-after": "1" } : {});
  }

  function apiKeyOf(req: http.IncomingMessage): string | null {
    const header = req.headers["x-api-key"];
    return (Array.isArray(header) ? header[0] : header) ?? req.headers.authorization?.replace(/^Bearer\s+/i, "") ?? null;
  }

  /** Simulated prompt caching: the prefix up to the last cache_control breakpoint is written once, then read. */
  function usageFor(body: ClaudeRequest["body"], outputText: string, override?: ClaudeUsage) {
    const system = systemBlocks(body);
    const parts: { text: string; cached: boolean }[] = [
      ...(body.tools ?? []).map((t) => ({ text: JSON.stringify(t), cached: Boolean(t.cache_control) })),
      ...system.map((b) => ({ text: b.text, cached: Boolean(b.cache_control) })),
      ...body.messages.flatMap((m) =>
        typeof m.content === "string"
          ? [{ text: m.content, cached: false }]
          : m.content.map((b) => ({ text: b.text ?? JSON.stringify(b), cached: Boolean(b.cache_control) })),
      ),
    ];
    const lastBreakpoint = parts.map((p) => p.cached).lastIndexOf(true);
    const prefix =
      lastBreakpoint >= 0
        ? parts
            .slice(0, lastBreakpoint + 1)
            .map((p) => p.text)
            .join("\u0000")
        : "";
    const total = estimateTokens(parts.map((p) => p.text).join("\n"));
    const prefixTokens = prefix ? estimateTokens(prefix) : 0;
    let cacheRead = 0;
    let cacheWrite = 0;
    if (prefix) {
      const key = createHash("sha256").update(`${body.model}\u0000${prefix}`).digest("hex");
      if (cachedPrefixes.has(key)) cacheRead = prefixTokens;
      else {
        cachedPrefixes.add(key);
        cacheWrite = prefixTokens;
      }
    }
    return {
      input_tokens: override?.input_tokens ?? Math.max(1, total - prefixTokens),
      output_tokens: override?.output_tokens ?? estimateTokens(outputText),
      cache_read_input_tokens: override?.cache_read_input_tokens ?? cacheRead,
      cache_creation_input_tokens: override?.cache_creation_input_tokens ?? cacheWrite,
    };
  }

  function writeEvent(res: http.ServerResponse, event: string, data: unknown) {
    res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
  }

  /** The first event of every streamed message: an empty assistant message with its usage so far. */
  function writeMessageStart(res: http.ServerResponse, message: { id: string; model: string; usage: ClaudeUsage }) {
    writeEvent(res, "message_start", {
      type: "message_start",
      message: { ...message, type: "message", role: "assistant", content: [], stop_reason: null, stop_sequence: null },
    });
  }

  async function answerClaude(req: ClaudeRequest, res: http.ServerResponse, socket: Socket) {
    if (options.latency) await sleep(options.latency.claude(req));
    const raw = claude.next(req);
    const reply: ClaudeReply = typeof raw === "string" ? { text: raw } : raw;
    if ("hang" in reply) return; // the socket stays open until the client gives up or the server closes
    if ("drop" in reply) return void socket.destroy();
    if ("delayMs" in reply && reply.delayMs) await sleep(reply.delayMs);
    if ("error" in reply) return anthropicError(res, reply.error);

    const id = `msg_fake_${++messageCounter}`;
    const model = req.body.model;
    if ("malformed" in reply) {
      if (reply.malformed === "invalid_json") {
        res.writeHead(200, { "content-type": req.stream ? "text/event-stream" : "application/json" });
        return void res.end(req.stream ? "event: message_start\ndata: {not json\n\n" : "{not json");
      }
      if (reply.malformed === "truncated_stream" && req.stream) {
        res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache" });
        writeMessageStart(res, { id, model, usage: usageFor(req.body, "") });
        return void socket.destroy();
      }
      // empty_content (or a truncated non-stream answer): a well-formed message with nothing in it
      const usage = usageFor(req.body, "");
      if (!req.stream) {
        return json(res, 200, {
          id,
          type: "message",
          role: "assistant",
          model,
          content: [],
          stop_reason: "end_turn",
          stop_sequence: null,
          usage,
        });
      }
      res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache" });
      writeMessageStart(res, { id, model, usage: { ...usage, output_tokens: 0 } });
      writeEvent(res, "message_delta", {
        type: "message_delta",
        delta: { stop_reason: "end_turn", stop_sequence: null },
        usage: { output_tokens: 0 },
      });
      writeEvent(res, "message_stop", { type: "message_stop" });
      return void res.end();
    }

    const blocks: ClaudeContentBlock[] = "content" in reply ? reply.content : [{ type: "text", text: reply.text }];
    const content = blocks.map((b, i) => (b.type === "tool_use" ? { ...b, id: b.id ?? `toolu_fake_${messageCounter}_${i}` } : b));
    const outputText = content.map((b) => (b.type === "text" ? b.text : JSON.stringify(b.input))).join("");
    const usage = usageFor(req.body, outputText, "usage" in reply ? reply.usage : undefined);
    const stopReason =
      ("stopReason" in reply && reply.stopReason) || (content.some((b) => b.type === "tool_use") ? "tool_use" : "end_turn");

    const cutAfter = "cutAfterChunks" in reply && reply.cutAfterChunks !== undefined ? reply.cutAfterChunks : Infinity;
    if (!req.stream) {
      if ("failAfterChunks" in reply) return anthropicError(res, reply.streamError ?? "overloaded");
      if (cutAfter !== Infinity) {
        // the connection drops halfway through the answer
        const body = JSON.stringify({
          id,
          type: "message",
          role: "assistant",
          model,
          content,
          stop_reason: stopReason,
          stop_sequence: null,
          usage,
        });
        res.writeHead(200, { "content-type": "application/json", "content-length": String(Buffer.byteLength(body)) });
        return void res.write(body.slice(0, Math.floor(body.length / 2)), () => socket.destroy());
      }
      return json(res, 200, {
        id,
        type: "message",
        role: "assistant",
        model,
        content,
        stop_reason: stopReason,
        stop_sequence: null,
        usage,
      });
    }

    const chunkSize = ("chunkSize" in reply && reply.chunkSize) || chunkSizeDefault;
    const chunkDelay = "chunkDelayMs" in reply && reply.chunkDelayMs !== undefined ? reply.chunkDelayMs : chunkDelayDefault;
    const failAfter = "failAfterChunks" in reply ? reply.failAfterChunks : Infinity;
    res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache", "request-id": `req_fake_${messageCounter}` });
    writeMessageStart(res, { id, model, usage: { ...usage, output_tokens: 1 } });
    writeEvent(res, "ping", { type: "ping" });
    let sent = 0;
    for (const [index, block] of content.entries()) {
      if (block.type === "text") {
        writeEvent(res, "content_block_start", { type: "content_block_start", index, content_block: { type: "text", text: "" } });
        for (let i = 0; i < block.text.length; i += chunkSize) {
          // once what was sent has left, so the client really sees part of the reply
          if (sent >= cutAfter) return void res.write(": connection lost\n\n", () => socket.destroy());
          if (sent >= failAfter) {
            const { type, message } = failureOf(("streamError" in reply && reply.streamError) || "overloaded");
            writeEvent(res, "error", { type: "error", error: { type, message } });
            return void res.end();
          }
          if (chunkDelay) await sleep(chunkDelay);
          if (res.destroyed) return;
          writeEvent(res, "content_block_delta", {
            type: "content_block_delta",
            index,
            delta: { type: "text_delta", text: block.text.slice(i, i + chunkSize) },
          });
          sent++;
        }
      } else {
        writeEvent(res, "content_block_start", {
          type: "content_block_start",
          index,
          content_block: { type: "tool_use", id: block.id, name: block.name, input: {} },
        });
        const input = JSON.stringify(block.input);
        for (let i = 0; i < input.length; i += chunkSize * 4) {
          if (sent++ >= cutAfter) return void res.write(": connection lost\n\n", () => socket.destroy());
          writeEvent(res, "content_block_delta", {
            type: "content_block_delta",
            index,
            delta: { type: "input_json_delta", partial_json: input.slice(i, i + chunkSize * 4) },
          });
        }
      }
      writeEvent(res, "content_block_stop", { type: "content_block_stop", index });
    }
    writeEvent(res, "message_delta", {
      type: "message_delta",
      delta: { stop_reason: stopReason, stop_sequence: null },
      usage: {
        output_tokens: usage.output_tokens,
        input_tokens: usage.input_tokens,
        cache_read_input_tokens: usage.cache_read_input_tokens,
        cache_creation_input_tokens: usage.cache_creation_input_tokens,
      },
    });
    writeEvent(res, "message_stop", { type: "message_stop" });
    res.end();
  }

  async function answerTranscription(req: TranscriptionRequest, res: http.ServerResponse, socket: Socket) {
    if (options.latency) await sleep(options.latency.transcription(req));
    const raw = transcription.next(req);
    const reply: TranscriptionReply = typeof raw === "string" ? { text: raw } : raw;
    if ("hang" in reply) return;
    if ("drop" in reply) return void socket.destroy();
    if ("delayMs" in reply && reply.delayMs) await sleep(reply.delayMs);
    if ("error" in reply) return openaiError(res, reply.error);
    if ("malformed" in reply) {
      res.writeHead(200, { "content-type": "application/json" });
      return void res.end("{not json");
    }
    const format = req.responseFormat ?? "json";
    if (format === "text" || format === "srt" || format === "vtt") {
      res.writeHead(200, { "content-type": "text/plain" });
      return void res.end(reply.text);
    }
    if (format === "verbose_json") {
      const duration = reply.duration ?? Math.max(1, Math.round((req.file?.size ?? 0) / 16_000));
      return json(res, 200, {
        task: "transcribe",
        language: reply.language ?? "english",
        duration,
        text: reply.text,
        segments: [
          {
            id: 0,
            seek: 0,
            start: 0,
            end: duration,
            text: reply.text,
            tokens: [],
            temperature: 0,
            avg_logprob: -0.2,
            compression_ratio: 1,
            no_speech_prob: 0,
          },
        ],
      });
    }
    json(res, 200, { text: reply.text });
  }

  /** OpenAI's speech API: the audio arrives in a few chunks, the first after the latency model's wait. */
  async function answerSpeech(body: Buffer, res: http.ServerResponse) {
    let parsed: { model?: unknown; voice?: unknown; input?: unknown; response_format?: unknown };
    try {
      parsed = JSON.parse(body.toString("utf8"));
    } catch {
      return openaiError(res, { status: 400, type: "invalid_request_error", message: "Body is not JSON" });
    }
    const format = typeof parsed.response_format === "string" ? parsed.response_format : "mp3";
    if (typeof parsed.model !== "string" || typeof parsed.voice !== "string" || typeof parsed.input !== "string" || !parsed.input)
      return openaiError(res, { status: 400, type: "invalid_request_error", message: "model, voice and input are required" });
    if (parsed.input.length > 4096)
      return openaiError(res, { status: 400, type: "invalid_request_error", message: "input is longer than 4096 characters" });
    if (!SPEECH_FORMATS[format])
      return openaiError(res, { status: 400, type: "invalid_request_error", message: `response_format ${format} is not supported here` });
    const request: SpeechRequest = { model: parsed.model, voice: parsed.voice, input: parsed.input, responseFormat: format };
    speechRequests.push(request);
    if (options.latency?.speech) await sleep(options.latency.speech(request));
    const failure = speechFailures.shift();
    if (failure) return openaiError(res, failure);
    const audio = SPEECH_FORMATS[format].make(speechDurationMs(request.input));
    res.writeHead(200, { "content-type": SPEECH_FORMATS[format].type, "transfer-encoding": "chunked" });
    const parts = 4;
    const size = Math.ceil(audio.length / parts);
    for (let i = 0; i < audio.length; i += size) {
      if (res.destroyed) return;
      res.write(audio.subarray(i, i + size));
      if (i + size < audio.length) await sleep(chunkDelayDefault);
    }
    res.end();
  }

  function answerControl(path: string, body: Buffer, res: http.ServerResponse) {
    if (path === "/__control/reset") {
      resetBehaviour();
      claude.reset();
      transcription.reset();
      transcription.api.setDefault(transcriptionFallback);
      speechRequests.length = 0;
      speechFailures.length = 0;
      cachedPrefixes.clear();
      res.writeHead(204).end();
      return;
    }
    if (path === "/__control/latency/log") {
      // the waits of the latency model so far (a benchmark's floor); empty without one
      return json(res, 200, { entries: options.latency?.log ?? [] });
    }
    if (path === "/__control/behaviour") {
      const change = JSON.parse(body.toString("utf8") || "{}") as Partial<FakeBehaviour>;
      if (
        (change.quotes && !["exact", "messy"].includes(change.quotes)) ||
        (change.flaky !== undefined && typeof change.flaky !== "boolean")
      ) {
        return json(res, 400, { error: 'quotes is "exact" or "messy"; flaky is a boolean' });
      }
      setBehaviour(change);
      res.writeHead(204).end();
      return;
    }
    if (path === "/__control/transcription/behaviour") {
      const { behaviour } = JSON.parse(body.toString("utf8") || "{}") as { behaviour?: WhisperBehaviour };
      if (!behaviour || !WHISPER_BEHAVIOURS.includes(behaviour))
        return json(res, 400, { error: `behaviour is one of ${WHISPER_BEHAVIOURS.join(", ")}` });
      // ahead of any responder (the standalone server loads one that always answers); "default" removes it
      transcription.state.responders = transcription.state.responders.filter((r) => r !== whisperOverride);
      whisperOverride = behaviour === "default" ? null : whisperBehaviour(behaviour);
      if (whisperOverride) transcription.state.responders.unshift(whisperOverride);
      res.writeHead(204).end();
      return;
    }
    if (path === "/__control/claude/when") {
      const rule = JSON.parse(body.toString("utf8") || "{}") as {
        lastUserIncludes?: string;
        systemIncludes?: string;
        times?: number;
        reply?: ClaudeReply | string;
      };
      if (rule.reply === undefined) return json(res, 400, { error: "reply is required" });
      claude.api.when(
        (r) =>
          (!rule.lastUserIncludes || lastUserText(r).includes(rule.lastUserIncludes)) &&
          (!rule.systemIncludes || systemText(r).includes(rule.systemIncludes)),
        rule.reply,
        rule.times ?? 1,
      );
      res.writeHead(204).end();
      return;
    }
    json(res, 404, { error: `No control route ${path}` });
  }

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      void (async () => {
        const body = Buffer.concat(chunks);
        const path = (req.url ?? "/").split("?")[0];
        const base: RecordedRequest = {
          method: req.method ?? "GET",
          path,
          headers: req.headers,
          apiKey: apiKeyOf(req),
          bytes: body.length,
          at: new Date(),
        };
        all.push(base);
        options.onRequest?.(`${base.method} ${path} ${body.length}B`);
        try {
          if (req.method === "GET" && (path === "/" || path === "/health")) return json(res, 200, { ok: true, fake: "ai" });
          if (options.control && req.method === "POST" && path.startsWith("/__control/")) return answerControl(path, body, res);
          if (options.requireApiKey && base.apiKey !== options.requireApiKey) {
            return path.startsWith("/v1/audio") ? openaiError(res, "unauthorized") : anthropicError(res, "unauthorized");
          }
          if (req.method === "POST" && path === "/v1/messages") {
            let parsed: ClaudeRequest["body"];
            try {
              parsed = JSON.parse(body.toString("utf8"));
            } catch {
              return anthropicError(res, { status: 400, type: "invalid_request_error", message: "Body is not JSON" });
            }
            if (!parsed.model || !Array.isArray(parsed.messages) || typeof parsed.max_tokens !== "number") {
              return anthropicError(res, {
                status: 400,
                type: "invalid_request_error",
                message: "model, max_tokens and messages are required",
              });
            }
            const request: ClaudeRequest = { ...base, body: parsed, stream: parsed.stream === true, behaviour: { ...behaviour } };
            claude.state.requests.push(request);
            return await answerClaude(request, res, req.socket);
          }
          if (req.method === "POST" && path === "/v1/messages/count_tokens") {
            const parsed = JSON.parse(body.toString("utf8")) as ClaudeRequest["body"];
            return json(res, 200, { input_tokens: usageFor(parsed, "").input_tokens });
          }
          if (req.method === "POST" && path === "/v1/audio/speech") return await answerSpeech(body, res);
          if (req.method === "POST" && path === "/v1/audio/transcriptions") {
            const type = req.headers["content-type"] ?? "";
            if (!type.startsWith("multipart/form-data"))
              return openaiError(res, { status: 400, type: "invalid_request_error", message: "Expected multipart/form-data" });
            const form = await new Response(body, { headers: { "content-type": type } }).formData();
            const file = form.get("file");
            const field = (name: string) => {
              const v = form.get(name);
              return typeof v === "string" ? v : null;
            };
            const request: TranscriptionRequest = {
              ...base,
              model: field("model"),
              responseFormat: field("response_format"),
              language: field("language"),
              prompt: field("prompt"),
              file:
                file && typeof file !== "string"
                  ? { name: file.name, type: file.type, size: file.size, bytes: Buffer.from(await file.arrayBuffer()) }
                  : null,
            };
            transcription.state.requests.push(request);
            if (!request.file || !request.model)
              return openaiError(res, { status: 400, type: "invalid_request_error", message: "file and model are required" });
            return await answerTranscription(request, res, req.socket);
          }
          json(res, 404, { type: "error", error: { type: "not_found_error", message: `No fake for ${req.method} ${path}` } });
        } catch (e) {
          if (!res.headersSent)
            json(res, 500, { type: "error", error: { type: "api_error", message: `fake server error: ${(e as Error).message}` } });
          else res.destroy();
        }
      })();
    });
  });
  server.on("connection", (s) => {
    sockets.add(s);
    s.on("close", () => sockets.delete(s));
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, options.host ?? "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${options.host ?? "127.0.0.1"}:${port}`;

  return {
    url,
    port,
    anthropicBaseUrl: url,
    openaiBaseUrl: `${url}/v1`,
    env: (apiKey = options.requireApiKey ?? "test") => ({
      ANTHROPIC_API_KEY: apiKey,
      ANTHROPIC_BASE_URL: url,
      OPENAI_API_KEY: apiKey,
      OPENAI_BASE_URL: `${url}/v1`,
    }),
    claude: claude.api,
    transcription: transcription.api,
    speech: {
      get requests() {
        return speechRequests;
      },
      failNext: (times = 1, failure = "server_error") => void speechFailures.push(...Array.from({ length: times }, () => failure)),
    },
    get requests() {
      return all;
    },
    get behaviour() {
      return { ...behaviour };
    },
    setBehaviour,
    reset() {
      resetBehaviour();
      claude.reset();
      transcription.reset();
      transcription.api.setDefault(transcriptionFallback);
      speechRequests.length = 0;
      speechFailures.length = 0;
      all.length = 0;
      cachedPrefixes.clear();
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
