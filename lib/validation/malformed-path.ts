// A path whose percent-encoding is not UTF-8 ("/api/sdk/sessions/%E0%A4%A/events", "%FF", an encoded
// lone surrogate "%ED%A0%80") makes Next's router throw while decoding route params, before any route
// code runs, and it answered a plain-text 500. proxy.ts answers such paths first, with the documented
// JSON error.

/** True when decodeURIComponent cannot decode the path (Next's router would throw on it). */
export function isMalformedPath(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return false;
  } catch {
    return true;
  }
}

/** The 400 for a malformed path, or null when the path decodes. */
export function malformedPathResponse(pathname: string): Response | null {
  if (!isMalformedPath(pathname)) return null;
  return Response.json(
    { error: { code: "bad_request", message: "The URL path is not valid percent-encoded UTF-8" } },
    { status: 400, headers: { "cache-control": "no-store", "x-content-type-options": "nosniff" } },
  );
}
