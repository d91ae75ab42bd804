// bench:http's scale-out front: a tiny round-robin HTTP proxy over N app processes (keep-alive to
// each), standing in for a load balancer. Usage: tsx round-robin-proxy.ts <port> <origin> <origin>…
import http from "node:http";

const [port, ...origins] = process.argv.slice(2);
const agents = origins.map(() => new http.Agent({ keepAlive: true, maxSockets: 64 }));
let next = 0;

const server = http.createServer((req, res) => {
  const i = next++ % origins.length;
  const upstream = new URL(req.url ?? "/", origins[i]);
  const forward = http.request(
    upstream,
    { method: req.method, headers: { ...req.headers, host: upstream.host }, agent: agents[i] },
    (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    },
  );
  forward.on("error", (e) => res.writeHead(502).end(String(e)));
  req.pipe(forward);
});
server.keepAliveTimeout = 60_000;
server.listen(Number(port), "127.0.0.1", () => process.send?.("ready"));
