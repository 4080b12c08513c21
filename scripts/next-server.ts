import http from "node:http";
import next from "next";
import { CLIENT_ADDRESS_HEADER, decideClientAddress, parseTrustedProxies } from "@/lib/net/proxy-addr";

/**
 * The web process: Next.js behind a plain Node HTTP server (instead of `next start` / `next dev`) so
 * that the app learns who is calling. Route handlers cannot see the socket; this server can. For each
 * request it drops any client-sent CLIENT_ADDRESS_HEADER and sets it to the socket address, or to a
 * trusted proxy's X-Forwarded-For entry (TRUSTED_PROXIES, decided like proxy-addr). Every per-address
 * limit reads that header (lib/net/client-address.ts). Flags: --dev (hot reload), --hostname, --port.
 */
const argv = process.argv.slice(2);
const flag = (name: string) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
const dev = argv.includes("--dev");
const hostname = flag("--hostname") ?? process.env.HOST ?? "127.0.0.1";
const port = Number(flag("--port") ?? process.env.PORT ?? 3000);

/** Rewrites the client-address header in place; exported for tests. */
export function stampClientAddress(req: http.IncomingMessage, trusted = parseTrustedProxies("")): void {
  delete req.headers[CLIENT_ADDRESS_HEADER];
  req.headers[CLIENT_ADDRESS_HEADER] = decideClientAddress(
    req.socket.remoteAddress,
    req.headers["x-forwarded-for"],
    trusted,
  );
}

async function main() {
  // Checked before anything listens: a typo must not silently trust nobody (or everybody).
  const trusted = parseTrustedProxies(process.env.TRUSTED_PROXIES);
  const app = next({ dev, dir: process.cwd(), hostname, port });
  await app.prepare();
  const handle = app.getRequestHandler();
  const upgrade = app.getUpgradeHandler();
  const server = http.createServer((req, res) => {
    stampClientAddress(req, trusted);
    handle(req, res).catch((err: Error) => {
      console.error(`request failed: ${err.message}`);
      if (!res.headersSent) res.writeHead(500).end();
    });
  });
  // Hot reload's websocket (dev) goes through the same stamp.
  server.on("upgrade", (req, socket, head) => {
    stampClientAddress(req, trusted);
    void upgrade(req, socket, head);
  });
  server.listen(port, hostname, () => {
    console.log(`web listening on http://${hostname}:${port}${dev ? " (dev)" : ""}`);
  });
  const stop = () => {
    server.close();
    void app.close().finally(() => process.exit(0));
    setTimeout(() => process.exit(0), 3_000).unref();
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

if (process.argv[1]?.endsWith("next-server.ts")) {
  main().catch((err: Error) => {
    console.error(`web failed to start: ${err.message}`);
    process.exit(1);
  });
}
