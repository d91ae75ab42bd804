// A local mail catcher: an SMTP server that keeps every message in memory (parsed with mailparser)
// and, for `npm run dev`, a small web page listing them. Development and tests only: nothing is
// relayed anywhere. The tests' SMTP server (tests/fakes/smtp-catcher.ts) is this one without the page.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { type ParsedMail, simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

export interface CaughtMail {
  id: number;
  receivedAt: Date;
  /** the SMTP envelope: who the server was asked to deliver to */
  envelopeTo: string[];
  parsed: ParsedMail;
  subject: string;
  text: string;
  html: string;
  to: string;
}

export interface MailCatcherOptions {
  smtpPort?: number;
  /** a port for the web page; omit for none */
  webPort?: number;
  host?: string;
  /** answer RCPT TO for these addresses with a permanent refusal (tests of failed sends) */
  refuse?: (address: string) => boolean;
  /** the most messages kept (oldest dropped) */
  keep?: number;
}

export async function startMailCatcher(opts: MailCatcherOptions = {}) {
  const host = opts.host ?? "127.0.0.1";
  const messages: CaughtMail[] = [];
  const waiters = new Set<{ match: (m: CaughtMail) => boolean; resolve: (m: CaughtMail) => void }>();
  let nextId = 1;

  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (opts.refuse?.(address.address)) {
        const error = Object.assign(new Error(`Mailbox unavailable: ${address.address}`), { responseCode: 550 });
        return callback(error);
      }
      callback();
    },
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          const mail: CaughtMail = {
            id: nextId++,
            receivedAt: new Date(),
            envelopeTo: session.envelope.rcptTo.map((r) => r.address),
            parsed,
            subject: parsed.subject ?? "",
            text: parsed.text ?? "",
            html: typeof parsed.html === "string" ? parsed.html : "",
            to: Array.isArray(parsed.to) ? parsed.to.map((a) => a.text).join(", ") : (parsed.to?.text ?? ""),
          };
          messages.push(mail);
          if (messages.length > (opts.keep ?? 500)) messages.shift();
          for (const w of waiters)
            if (w.match(mail)) {
              waiters.delete(w);
              w.resolve(mail);
            }
          callback();
        })
        .catch((e: Error) => callback(e));
    },
  });
  await new Promise<void>((resolve, reject) => {
    smtp.once("error", reject);
    smtp.listen(opts.smtpPort ?? 0, host, () => resolve());
  });
  const smtpPort = (smtp.server.address() as AddressInfo).port;

  let web: http.Server | undefined;
  if (opts.webPort !== undefined) {
    web = http.createServer((req, res) => servePage(req, res, messages));
    await new Promise<void>((resolve, reject) => {
      web!.once("error", reject);
      web!.listen(opts.webPort, host, () => resolve());
    });
  }

  return {
    smtpUrl: `smtp://${host}:${smtpPort}`,
    webUrl: web ? `http://${host === "0.0.0.0" ? "localhost" : host}:${(web.address() as AddressInfo).port}` : null,
    messages,
    /** the first message (already caught or still to come) that matches */
    waitFor(match: (m: CaughtMail) => boolean = () => true): Promise<CaughtMail> {
      const found = messages.find(match);
      if (found) return Promise.resolve(found);
      return new Promise((resolve) => waiters.add({ match, resolve }));
    },
    async close() {
      await Promise.all([
        new Promise<void>((r) => smtp.close(() => r())),
        web ? new Promise<void>((r) => web!.close(() => r())) : Promise.resolve(),
      ]);
    },
  };
}

export type MailCatcher = Awaited<ReturnType<typeof startMailCatcher>>;

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The page: newest first; a message's HTML is served on its own URL under a CSP sandbox (no scripts, no same origin). */
function servePage(req: http.IncomingMessage, res: http.ServerResponse, messages: CaughtMail[]) {
  const url = new URL(req.url ?? "/", "http://catcher");
  const html = /^\/messages\/(\d+)\/html$/.exec(url.pathname);
  if (html) {
    const m = messages.find((x) => x.id === Number(html[1]));
    if (!m) return void res.writeHead(404).end("Not found");
    res.writeHead(200, {
      "content-type": "text/html; charset=utf-8",
      "content-security-policy": "sandbox; default-src 'none'; style-src 'unsafe-inline'",
    });
    return void res.end(m.html);
  }
  if (url.pathname === "/messages.json") {
    // for scripts and the end-to-end suite: every message kept, oldest first, without the raw parse
    res.writeHead(200, { "content-type": "application/json" });
    return void res.end(JSON.stringify(messages.map(({ parsed: _parsed, ...m }) => m)));
  }
  const one = /^\/messages\/(\d+)$/.exec(url.pathname);
  const page = (title: string, body: string) =>
    `<!doctype html><html><head><meta charset="utf-8"><title>${esc(title)}</title><style>body{font:14px system-ui,sans-serif;margin:24px;color:#18181b}td,th{padding:4px 12px 4px 0;text-align:left;vertical-align:top}pre{white-space:pre-wrap;background:#f4f4f5;padding:12px}iframe{width:100%;height:480px;border:1px solid #e4e4e7}</style></head><body>${body}</body></html>`;
  res.setHeader("content-type", "text/html; charset=utf-8");
  res.setHeader("content-security-policy", "default-src 'none'; style-src 'unsafe-inline'; frame-src 'self'");
  if (one) {
    const m = messages.find((x) => x.id === Number(one[1]));
    if (!m) return void res.writeHead(404).end("Not found");
    return void res.end(
      page(
        m.subject,
        `<p><a href="/">← All mail</a></p><h1>${esc(m.subject)}</h1><p>To: ${esc(m.to)}<br>Received: ${m.receivedAt.toISOString()}</p><h2>Text</h2><pre>${esc(m.text)}</pre>${m.html ? `<h2>HTML</h2><iframe sandbox src="/messages/${m.id}/html" title="HTML part"></iframe>` : ""}`,
      ),
    );
  }
  if (url.pathname !== "/") return void res.writeHead(404).end("Not found");
  const rows = [...messages]
    .reverse()
    .map(
      (m) =>
        `<tr><td>${m.receivedAt.toISOString()}</td><td>${esc(m.to)}</td><td><a href="/messages/${m.id}">${esc(m.subject || "(no subject)")}</a></td></tr>`,
    )
    .join("");
  res.end(
    page(
      "Mail catcher",
      `<h1>Mail caught by npm run dev</h1><p>Nothing here is delivered. Set EMAIL_SERVER to send real mail.</p>${rows ? `<table><thead><tr><th>Received</th><th>To</th><th>Subject</th></tr></thead><tbody>${rows}</tbody></table>` : "<p>No mail yet.</p>"}`,
    ),
  );
}
