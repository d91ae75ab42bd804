// The seed deletes and recreates the demo project, so it only ever runs against this machine.
const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|::1|\[::1\])$/i;

/** Throws unless the URL points at this machine (localhost, 127.x, ::1 or a unix socket). */
export function assertLocalDatabaseUrl(databaseUrl: string): void {
  let url: URL;
  try {
    url = new URL(databaseUrl);
  } catch {
    throw new Error("Refusing to seed: the database URL is not a valid postgresql:// URL.");
  }
  if (url.protocol !== "postgresql:" && url.protocol !== "postgres:") {
    throw new Error(`Refusing to seed: expected a postgresql:// URL, got ${url.protocol}//.`);
  }
  // libpq and pg accept the socket directory (or another host) in ?host=, which wins over the URL's host
  const hosts = [decodeURIComponent(url.hostname), ...url.searchParams.getAll("host")];
  const remote = hosts.filter((h) => h !== "" && !h.startsWith("/") && !LOOPBACK.test(h));
  if (remote.length) {
    throw new Error(
      `Refusing to seed demo data into a non-local database (host ${remote.map((h) => `"${h}"`).join(", ")}). ` +
        "The seed deletes and recreates the demo project; it only runs against localhost, 127.0.0.1, ::1 or a unix socket.",
    );
  }
}
