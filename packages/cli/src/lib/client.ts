// The one HTTP client of the CLI: bearer auth, JSON in and out, the API's error shape
// { error: { code, message, details? } } turned into ApiError, and a timeout on every call.
import { ApiError, CliError, EXIT, type ServerError } from "./errors";

export const CLI_VERSION = "0.1.0";

type QueryValue = string | number | boolean | undefined | null;

export interface RequestOptions {
  query?: Record<string, QueryValue>;
  /** sent as JSON */
  body?: unknown;
  headers?: Record<string, string>;
  /** false: send no Authorization header (health, public routes) */
  auth?: boolean;
  /** false: return non-2xx answers instead of throwing (the `api` pass-through) */
  throwOnError?: boolean;
}

export interface ApiResponse<T = unknown> {
  status: number;
  headers: Headers;
  /** parsed JSON, or the text when the body is not JSON, or null when empty */
  data: T;
  text: string;
}

export interface ClientOptions {
  baseUrl: string;
  token: string | null;
  /** what to tell the user when a call needs a token and there is none */
  loginHint: string;
  timeoutMs?: number;
}

export class ApiClient {
  constructor(private readonly options: ClientOptions) {}

  get baseUrl(): string {
    return this.options.baseUrl;
  }

  get hasToken(): boolean {
    return Boolean(this.options.token);
  }

  url(path: string, query?: Record<string, QueryValue>): string {
    const url = new URL(this.options.baseUrl + (path.startsWith("/") ? path : `/${path}`));
    for (const [k, v] of Object.entries(query ?? {})) if (v !== undefined && v !== null && v !== "") url.searchParams.set(k, String(v));
    return url.toString();
  }

  async request<T = unknown>(method: string, path: string, opts: RequestOptions = {}): Promise<ApiResponse<T>> {
    const headers: Record<string, string> = { accept: "application/json", "user-agent": `usertests-cli/${CLI_VERSION}`, ...opts.headers };
    if (opts.auth !== false) {
      if (!this.options.token) throw new CliError("Not logged in", EXIT.notAuthenticated, [this.options.loginHint]);
      headers.authorization ??= `Bearer ${this.options.token}`;
    }
    let body: string | undefined;
    if (opts.body !== undefined) {
      body = typeof opts.body === "string" ? opts.body : JSON.stringify(opts.body);
      if (!Object.keys(headers).some((h) => h.toLowerCase() === "content-type")) headers["content-type"] = "application/json";
    }
    const url = this.url(path, opts.query);
    let res: Response;
    try {
      res = await this.send(url, { method, headers, body });
    } catch (e) {
      const err = e as Error & { cause?: { code?: string; message?: string } };
      const reason =
        err.name === "TimeoutError" ? "the server did not answer in time" : (err.cause?.code ?? err.cause?.message ?? err.message);
      throw new CliError(`Could not reach ${this.options.baseUrl} (${reason})`, EXIT.failure, [
        "Check the base URL (--base-url, USERTESTS_BASE_URL or the profile's) and that the server is running.",
      ]);
    }
    const text = await res.text();
    const data = parseBody(text, res.headers.get("content-type"));
    if (!res.ok && opts.throwOnError !== false) {
      throw new ApiError(method, new URL(url).pathname, res.status, serverErrorOf(data), res.headers.get("retry-after"));
    }
    return { status: res.status, headers: res.headers, data: data as T, text };
  }

  /**
   * A pooled keep-alive connection can be closed by the server just as it is reused: reads are
   * retried once on such a reset; writes are not, since the server may have acted on them.
   */
  private async send(url: string, init: { method: string; headers: Record<string, string>; body?: string }): Promise<Response> {
    const attempt = () => fetch(url, { ...init, redirect: "manual", signal: AbortSignal.timeout(this.options.timeoutMs ?? 30_000) });
    try {
      return await attempt();
    } catch (e) {
      const code = (e as { cause?: { code?: string } }).cause?.code;
      if ((init.method === "GET" || init.method === "HEAD") && (code === "ECONNRESET" || code === "UND_ERR_SOCKET")) return attempt();
      throw e;
    }
  }

  get<T = unknown>(path: string, query?: Record<string, QueryValue>, opts: Omit<RequestOptions, "query"> = {}) {
    return this.request<T>("GET", path, { ...opts, query }).then((r) => r.data);
  }

  post<T = unknown>(path: string, body?: unknown, opts: Omit<RequestOptions, "body"> = {}) {
    return this.request<T>("POST", path, { ...opts, body }).then((r) => r.data);
  }

  patch<T = unknown>(path: string, body: unknown, opts: Omit<RequestOptions, "body"> = {}) {
    return this.request<T>("PATCH", path, { ...opts, body }).then((r) => r.data);
  }

  delete<T = unknown>(path: string, opts: RequestOptions = {}) {
    return this.request<T>("DELETE", path, opts).then((r) => r.data);
  }
}

function parseBody(text: string, contentType: string | null): unknown {
  if (!text) return null;
  if (contentType?.includes("json") || /^\s*[[{]/.test(text)) {
    try {
      return JSON.parse(text);
    } catch {
      return text;
    }
  }
  return text;
}

export function serverErrorOf(data: unknown): ServerError | null {
  const error = (data as { error?: unknown } | null)?.error;
  if (
    error &&
    typeof error === "object" &&
    typeof (error as ServerError).code === "string" &&
    typeof (error as ServerError).message === "string"
  ) {
    return error as ServerError;
  }
  return null;
}

/** Path segments are user input: encode them. */
export const seg = (value: string) => encodeURIComponent(value);
