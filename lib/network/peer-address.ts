// Route handlers in Next.js never see the TCP peer's address, and Next only fills in
// X-Forwarded-For when the client did not send one — so a client could choose its own address.
// At server start (lib/boot.ts) every incoming request is stamped with its socket's peer address
// under our own header, overwriting anything a client sent under that name, before Next.js (or
// anything else) handles it. lib/network/client-address.ts decides what to believe.
import http from "node:http";

export const PEER_HEADER = "x-usertests-peer";

let installed = false;

export function stampPeerAddresses(): void {
  if (installed) return;
  installed = true;
  const emit = http.Server.prototype.emit as (this: http.Server, event: string | symbol, ...args: unknown[]) => boolean;
  http.Server.prototype.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request") {
      const req = args[0] as http.IncomingMessage;
      req.headers[PEER_HEADER] = req.socket?.remoteAddress ?? "";
    }
    return emit.apply(this, [event, ...args]);
  } as typeof http.Server.prototype.emit;
}
