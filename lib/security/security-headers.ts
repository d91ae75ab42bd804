// The browser-side security policy of every page, built per request (proxy.ts):
// - a Content-Security-Policy whose scripts need this request's nonce (Next.js puts it on its own
//   scripts when it finds the policy on the request), so injected markup cannot run script;
// - the dashboard refuses to be framed (clickjacking); participant pages may be embedded;
// - microphone and screen capture are granted only to participant pages, which record with the
//   participant's consent; the dashboard never needs them.
// Pure, so it is unit-tested without a server.

export type PageKind = "participant" | "dashboard";

export function pageKindOf(pathname: string): PageKind {
  return pathname === "/u" || pathname.startsWith("/u/") ? "participant" : "dashboard";
}

export function contentSecurityPolicy(input: { nonce: string; kind: PageKind; dev: boolean }): string {
  const directives = [
    "default-src 'self'",
    // 'strict-dynamic': scripts loaded by a nonce'd script (Next's chunks) are trusted, nothing else
    `script-src 'self' 'nonce-${input.nonce}' 'strict-dynamic'${input.dev ? " 'unsafe-eval'" : ""}`,
    // React style attributes (charts, progress bars) are inline styles; they cannot run code
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "media-src 'self' blob:",
    `connect-src 'self'${input.dev ? " ws: wss:" : ""}`,
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    // sign-in forms redirect to the OAuth providers
    "form-action 'self' https://github.com https://accounts.google.com",
    ...(input.kind === "dashboard" ? ["frame-ancestors 'none'"] : []),
  ];
  return directives.join("; ");
}

export function permissionsPolicy(kind: PageKind): string {
  const capture = kind === "participant" ? "(self)" : "()";
  return [`microphone=${capture}`, `display-capture=${capture}`, "camera=()", "geolocation=()", "payment=()", "usb=()"].join(", ");
}

/** Headers every response carries, pages, API and static files alike (next.config.ts). */
export const STATIC_SECURITY_HEADERS = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
];
