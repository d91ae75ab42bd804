// The answer for a share page whose link cannot be shown, given by the proxy before the page
// renders: an App Router page cannot choose its status (a render always starts as 200, and
// notFound() can only say 404), but "revoked" and "expired" are 410 Gone. A small self-contained
// HTML page says which; an active link returns null and its page renders as usual.
import { resolveShareLink } from "./resolve-share-link";
import { isSharePagePath, SHARE_HEADERS } from "./share-page-headers";

const MESSAGES = {
  unknown: {
    status: 404,
    title: "This link does not exist",
    body: "Check that the whole address was copied, or ask the person who shared it for a new link.",
  },
  revoked: {
    status: 410,
    title: "This link was revoked",
    body: "The team that shared this evidence has turned the link off. Ask them for a new one if you still need it.",
  },
  expired: {
    status: 410,
    title: "This link has expired",
    body: "Shared links work for a limited time. Ask the person who shared it for a new link.",
  },
} as const;

export async function sharePageGate(pathname: string): Promise<Response | null> {
  if (!isSharePagePath(pathname)) return null;
  let token: string;
  try {
    token = decodeURIComponent(pathname.split("/")[2]);
  } catch {
    token = "";
  }
  const resolved = await resolveShareLink(token);
  if (resolved.state === "active") return null;
  const m = MESSAGES[resolved.state];
  const headers = new Headers({ "content-type": "text/html; charset=utf-8", "cache-control": "no-store" });
  for (const h of SHARE_HEADERS) headers.set(h.key, h.value);
  return new Response(unavailableHtml(m.title, m.body), { status: m.status, headers });
}

/** Fixed text only (nothing from the request), so nothing needs escaping. */
function unavailableHtml(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<meta name="referrer" content="no-referrer">
<title>${title} · UserTests</title>
<style>
body{margin:0;min-height:100vh;display:flex;align-items:center;justify-content:center;background:#fafafa;color:#18181b;font:15px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif}
main{max-width:28rem;margin:1.5rem;padding:2rem;border:1px solid #e4e4e7;border-radius:.75rem;background:#fff}
h1{margin:0 0 .5rem;font-size:1.25rem}
p{margin:0;color:#3f3f46}
.brand{margin:0 0 1.25rem;font-size:.8rem;font-weight:600;color:#52525b;letter-spacing:.02em}
</style>
</head>
<body>
<main>
<p class="brand">UserTests · shared evidence</p>
<h1 data-testid="share-unavailable">${title}</h1>
<p>${body}</p>
</main>
</body>
</html>
`;
}
