// One HTTP exchange over a bare socket: to see exactly what went over the wire (how many writes,
// which headers), or to send what fetch cannot (an odd Host, a chunked body that never ends, an
// upload cut off half-way). Resolves with everything the server wrote once the connection closes.
import net from "node:net";

export function rawExchange(origin: string, request: string | ((socket: net.Socket) => void)): Promise<{ text: string; writes: Buffer[] }> {
  const { hostname, port } = new URL(origin);
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), hostname);
    const writes: Buffer[] = [];
    socket.on("data", (d: Buffer) => writes.push(d));
    socket.on("close", () => resolve({ text: Buffer.concat(writes).toString("latin1"), writes }));
    socket.on("error", reject);
    if (typeof request === "string") socket.write(request);
    else request(socket);
  });
}
