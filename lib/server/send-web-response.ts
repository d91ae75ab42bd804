// A route handler's web Response written to Node's response in one write: status, headers and the
// (small, JSON) body together, where Next sends the headers and the body separately (ADR 018, 020).
import type { IncomingMessage, ServerResponse } from "node:http";

export async function sendWebResponse(response: Response, req: IncomingMessage, res: ServerResponse, extraHeaders: Record<string, string>) {
  res.statusCode = response.status;
  for (const [name, value] of Object.entries(extraHeaders)) res.setHeader(name, value);
  for (const [name, value] of response.headers) if (name !== "set-cookie") res.setHeader(name, value);
  const cookies = response.headers.getSetCookie();
  if (cookies.length) res.setHeader("set-cookie", cookies);
  // a body the handler refused (413, 415, 401…) before its end is not drained (Node would read and
  // drop whatever is left of it to keep the connection): the connection closes instead
  if (response.status >= 400 && !req.complete) res.setHeader("connection", "close");
  if (!response.body) {
    res.end();
    return;
  }
  res.end(Buffer.from(await response.arrayBuffer()));
}
