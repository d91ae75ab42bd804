// A route handler's web Response written to Node's response in one write: status, headers and the
// (small, JSON) body together, where Next sends the headers and the body separately (ADR 018, 020).
import type { IncomingMessage, ServerResponse } from "node:http";

export async function sendWebResponse(response: Response, req: IncomingMessage, res: ServerResponse, extraHeaders: Record<string, string>) {
  res.statusCode = response.status;
  for (const [name, value] of Object.entries(extraHeaders)) res.setHeader(name, value);
  for (const [name, value] of response.headers) if (name !== "set-cookie") res.setHeader(name, value);
  const cookies = response.headers.getSetCookie();
  if (cookies.length) res.setHeader("set-cookie", cookies);
  // A body the handler did not read to its end (a refusal, or a retried chunk answered from storage)
  // is dropped, not drained: what is left is discarded as it arrives and the connection closes after
  // the answer. Left paused, it would stall the next request on this connection.
  if (!req.readableEnded) {
    req.removeAllListeners("data");
    req.resume();
  }
  if (!req.complete) res.setHeader("connection", "close");
  if (!response.body) {
    res.end();
    return;
  }
  res.end(Buffer.from(await response.arrayBuffer()));
}
