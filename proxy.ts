// Next.js Proxy (runs before every page): a fresh CSP nonce per request, the page's
// Content-Security-Policy and Permissions-Policy (lib/security/security-headers.ts). API routes,
// Next's static files and the SDK scripts are not pages and are left out by the matcher, except API
// paths holding a percent sign, checked for encoding Next's router cannot decode.
import { type NextRequest, NextResponse } from "next/server";
import { contentSecurityPolicy, pageKindOf, permissionsPolicy } from "@/lib/security/security-headers";
import { sharePageGate } from "@/lib/sharing/share-page-gate";
import { malformedPathResponse } from "@/lib/validation/malformed-path";

export async function proxy(request: NextRequest) {
  // a path Next's router cannot decode: the documented JSON 400 instead of its plain-text 500
  const malformed = malformedPathResponse(request.nextUrl.pathname);
  if (malformed) return malformed;
  // API paths reach the proxy only when they hold a percent sign (second matcher): nothing else to do
  if (request.nextUrl.pathname.startsWith("/api/")) return NextResponse.next();
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const kind = pageKindOf(request.nextUrl.pathname);
  const csp = contentSecurityPolicy({ nonce, kind, dev: process.env.NODE_ENV === "development" });
  const requestHeaders = new Headers(request.headers);
  // Next reads the nonce for its own scripts from the policy on the request
  requestHeaders.set("content-security-policy", csp);
  requestHeaders.set("x-nonce", nonce);
  // a revoked, expired or unknown share link is answered here, with its 410/404 status (see the gate)
  const response = (await sharePageGate(request.nextUrl.pathname)) ?? NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  response.headers.set("Permissions-Policy", permissionsPolicy(kind));
  if (kind === "dashboard") response.headers.set("X-Frame-Options", "DENY");
  return response;
}

export const config = {
  matcher: [
    {
      source: "/((?!api/|_next/static|_next/image|favicon.ico|icon|sdk\\.js|sdk-recorder\\.js).*)",
      // prefetches are served from the router cache; they need no policy of their own
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
    // API paths with percent-encoding, checked for encoding Next cannot decode (malformedPathResponse)
    "/api/:path(.*%.*)",
  ],
};
