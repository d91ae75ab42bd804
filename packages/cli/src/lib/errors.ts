// Errors the CLI reports, and the exit code each one ends the process with.

export const EXIT = {
  ok: 0,
  failure: 1,
  usage: 2,
  notAuthenticated: 3,
  notFound: 4,
} as const;

/** An expected failure: printed as `error: <message>` on stderr, no stack trace. */
export class CliError extends Error {
  constructor(
    message: string,
    public readonly exitCode: number = EXIT.failure,
    /** extra lines printed under the message (hints, field errors) */
    public readonly hints: string[] = [],
  ) {
    super(message);
    this.name = "CliError";
  }
}

/** Bad arguments: exit 2, with the command's usage line as a hint. */
export class UsageError extends CliError {
  constructor(message: string, hints: string[] = []) {
    super(message, EXIT.usage, hints);
    this.name = "UsageError";
  }
}

export interface ServerError {
  code: string;
  message: string;
  details?: unknown;
}

/** A non-2xx answer from the API. `serverError` is the `{ error }` body when the server sent one. */
export class ApiError extends CliError {
  constructor(
    public readonly method: string,
    public readonly path: string,
    public readonly status: number,
    public readonly serverError: ServerError | null,
    public readonly retryAfter: string | null = null,
  ) {
    super(serverError?.message ?? `HTTP ${status}`, exitCodeFor(status, serverError));
    this.name = "ApiError";
  }

  get code(): string {
    return this.serverError?.code ?? `http_${this.status}`;
  }

  /**
   * The route itself does not exist on this server (an older deployment): Next answers 404 with its
   * HTML page, or 405 when the path exists without this method. Our own 404s are JSON `not_found`.
   */
  get routeMissing(): boolean {
    return (this.status === 404 && !this.serverError) || this.status === 405;
  }
}

function exitCodeFor(status: number, serverError: ServerError | null): number {
  if (status === 401) return EXIT.notAuthenticated;
  if (status === 404 && serverError) return EXIT.notFound;
  return EXIT.failure;
}

/** For commands whose server side may not exist yet: a missing route becomes a clear message. */
export async function requireRoute<T>(what: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (e) {
    if (e instanceof ApiError && e.routeMissing) {
      throw new CliError(`"${what}" is not available on this server yet (${e.method} ${e.path} answered ${e.status})`, EXIT.failure, [
        "The server is older than this CLI, or the feature has not shipped. Check the server version, or use the dashboard.",
      ]);
    }
    throw e;
  }
}
