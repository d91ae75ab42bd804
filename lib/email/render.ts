// The shared frame of every mail: a plain-text part and an HTML part saying the same thing. The
// HTML is built by string templates, so every interpolated value goes through escapeHtml (a project
// called `<script>` stays text); URLs additionally only ever come from our own APP_URL.
export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
  /** a participant mail's opt-out link, also sent as the List-Unsubscribe header */
  optOutUrl?: string;
}

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

/** Subject lines are one line: a name with a newline must not start a header of its own. */
export function oneLine(value: string): string {
  return value.replace(/[\r\n]+/g, " ").trim();
}

export interface EmailContent {
  subject: string;
  /** the first paragraph: what happened */
  lead: string;
  action: { label: string; url: string };
  /** further paragraphs, plain text */
  notes: string[];
  /** why this person got this mail */
  reason: string;
  /** every mail to a participant carries one (lib/privacy/opt-out-link.ts); it must be honoured */
  optOut?: { label: string; url: string };
}

/** Text and HTML parts of one mail from plain-text content (the HTML escapes all of it). */
export function renderEmail(c: EmailContent): RenderedEmail {
  const optOut = c.optOut ? [`${c.optOut.label}: ${c.optOut.url}`, ""] : [];
  const text = [c.lead, "", `${c.action.label}: ${c.action.url}`, "", ...c.notes.flatMap((n) => [n, ""]), "—", c.reason, ""]
    .concat(optOut)
    .join("\n");
  const p = (t: string) => `<p style="margin:0 0 16px">${escapeHtml(t)}</p>`;
  const html = [
    "<!doctype html>",
    `<html><head><meta charset="utf-8"><title>${escapeHtml(oneLine(c.subject))}</title></head>`,
    '<body style="font-family:system-ui,-apple-system,Segoe UI,sans-serif;font-size:15px;line-height:1.5;color:#18181b;max-width:560px;margin:0 auto;padding:24px">',
    p(c.lead),
    `<p style="margin:0 0 24px"><a href="${escapeHtml(c.action.url)}" style="display:inline-block;background:#4f46e5;color:#fff;text-decoration:none;padding:10px 16px;border-radius:6px">${escapeHtml(c.action.label)}</a></p>`,
    `<p style="margin:0 0 16px;font-size:13px;color:#52525b">Or paste this link into your browser: ${escapeHtml(c.action.url)}</p>`,
    ...c.notes.map(p),
    `<hr style="border:none;border-top:1px solid #e4e4e7;margin:24px 0"><p style="margin:0;font-size:12px;color:#71717a">${escapeHtml(c.reason)}</p>`,
    ...(c.optOut
      ? [
          `<p style="margin:8px 0 0;font-size:12px;color:#71717a"><a href="${escapeHtml(c.optOut.url)}" style="color:#52525b">${escapeHtml(c.optOut.label)}</a></p>`,
        ]
      : []),
    "</body></html>",
  ].join("\n");
  return { subject: oneLine(c.subject), text, html, ...(c.optOut ? { optOutUrl: c.optOut.url } : {}) };
}
