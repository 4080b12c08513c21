import cluster from "node:cluster";
import http from "node:http";
import next from "next";
import { CLIENT_ADDRESS_HEADER, decideClientAddress, parseTrustedProxies } from "@/lib/net/proxy-addr";
import { bodyLimitFor, DEFAULT_BODY_LIMIT_BYTES, gateRequest } from "@/lib/net/request-gate";
import { answerFailure, answerPlain, answerUnavailable, isExemptFromDatabaseGate } from "./lib/web-answers";
import { watchDatabase } from "./lib/database-watch";
import { readBodyCapped, replayRequest } from "./lib/buffered-request";
import { checkActionBody } from "@/lib/net/action-body";
import { currentTimings, runWithTimings, serverTimingHeader } from "@/lib/net/server-timing";
import { profileOnSignal } from "./lib/cpu-profile-signal";
import { compressResponse, isWholeStaffResponse, writeWhole } from "./lib/response-compression";
import { directRoute, preloadDirectRoutes, serveDirect } from "./lib/direct-routes";
import { directPage, preloadDirectPages, serveDirectPage } from "./lib/direct-pages";
import { runWebPrimary, webProcessCount } from "./lib/web-cluster";
import { trackServedTime } from "./lib/served-time";

const DRAIN_MS = 5_000;

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

/** A POST to a page (not /api): a server action, posted as a form or by the React client. */
function isServerActionPost(req: http.IncomingMessage): boolean {
  return req.method === "POST" && !(req.url ?? "").startsWith("/api/");
}

/** Rewrites the client-address header in place; exported for tests. */
export function stampClientAddress(req: http.IncomingMessage, trusted = parseTrustedProxies("")): void {
  delete req.headers[CLIENT_ADDRESS_HEADER];
  req.headers[CLIENT_ADDRESS_HEADER] = decideClientAddress(
    req.socket.remoteAddress,
    req.headers["x-forwarded-for"],
    trusted,
  );
}

/**
 * Staff pages get a `Server-Timing` header: the phases recorded by `timed` (lib/net/server-timing.ts)
 * during this request, added just before Next writes the head (after the page's data is loaded: the
 * staff pages have no streaming boundary before their content).
 */
function withServerTiming<T>(req: http.IncomingMessage, res: http.ServerResponse, run: () => T): T {
  if (!(req.url ?? "").startsWith("/staff")) return run();
  return runWithTimings(() => {
    const record = currentTimings()!;
    // Next may write its head explicitly or implicitly (first write/end): stamp before whichever comes first.
    const stamp = () => {
      if (!res.headersSent) res.setHeader("Server-Timing", serverTimingHeader(record));
    };
    for (const method of ["writeHead", "flushHeaders", "write", "end"] as const) {
      const original = (res[method] as (...args: unknown[]) => unknown).bind(res);
      (res as unknown as Record<string, unknown>)[method] = (...args: unknown[]) => {
        stamp();
        return original(...args);
      };
    }
    return run();
  });
}

async function main() {
  // Checked before anything listens: a typo must not silently trust nobody (or everybody).
  const trusted = parseTrustedProxies(process.env.TRUSTED_PROXIES);
  profileOnSignal();
  const app = next({ dev, dir: process.cwd(), hostname, port });
  await app.prepare();
  const handle = app.getRequestHandler();
  await preloadDirectRoutes();
  await preloadDirectPages();
  const origin = `http://${hostname}:${port}`;
  const upgrade = app.getUpgradeHandler();
  const bodyLimitBytes = Number(process.env.REQUEST_BODY_LIMIT_BYTES) || DEFAULT_BODY_LIMIT_BYTES;
  const database = watchDatabase(process.env.DATABASE_URL);
  // Three thread attachments (status page reply, staff message) and the form's other fields.
  const attachmentLimitBytes = 3 * (Number(process.env.ATTACHMENT_MAX_BYTES) || 10_485_760) + 1_048_576;
  const server = http.createServer((req, res) => {
    trackServedTime(req, res);
    stampClientAddress(req, trusted);
    const refusal = gateRequest({
      method: req.method,
      url: req.url,
      contentLength: req.headers["content-length"],
      bodyLimitBytes,
      // The agent's signed permission plus the form's other fields.
      uploadLimitBytes: (Number(process.env.AGENT_PERMISSION_MAX_BYTES) || 5_242_880) + 65_536,
      attachmentLimitBytes,
    });
    if (refusal) return void answerPlain(res, refusal.status, refusal.message, refusal.headers);
    if (database.down() && !isExemptFromDatabaseGate(req.url)) return void answerUnavailable(req, res);
    const page = directPage(req);
    if (page)
      return void page
        .then((handler) => serveDirectPage(handler, req, res))
        .catch((err: Error) => answerFailure(err, req, res));
    const direct = directRoute(req);
    if (direct)
      return void direct
        .then((handler) => (handler ? serveDirect(handler, req, res, origin) : handle(req, res)))
        .catch((err: Error) => answerFailure(err, req, res));
    const pass = (request: http.IncomingMessage) =>
      withServerTiming(req, res, () => {
        // Compression here, not in Next (next.config.ts: compress false): staff pages compressed whole.
        compressResponse(req, res);
        if (isWholeStaffResponse(req)) writeWhole(res);
        return handle(request, res);
      }).catch((err: Error) => answerFailure(err, req, res));
    if (!isServerActionPost(req)) return void pass(req);
    // A form or action call to a page: read it (capped, chunked included) and check what Next's decoders
    // would answer with a 500, then hand Next the same bytes.
    const limit = bodyLimitFor({ method: req.method, url: req.url, bodyLimitBytes, attachmentLimitBytes });
    void readBodyCapped(req, limit).then(async (body) => {
      if (body === null) return;
      if (body === "too_large")
        return void answerPlain(res, 413, `The request body is larger than ${limit} bytes.`, {
          connection: "close",
        });
      const problem = await checkActionBody(req.headers["content-type"] ?? "", body);
      if (problem) return void answerPlain(res, 400, problem.message);
      void pass(replayRequest(req, body));
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
  // SIGTERM drains: no new connections, idle keep-alive ones closed, requests under way answered (up to
  // DRAIN_MS, under the supervisor's 6 s before SIGKILL), then Next closes and the process exits.
  const stop = () => {
    database.stop();
    server.close(() => void app.close().finally(() => process.exit(0)));
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), DRAIN_MS).unref();
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

const processes = webProcessCount(dev);
if (process.argv[1]?.endsWith("next-server.ts") && processes > 1 && cluster.isPrimary) {
  runWebPrimary(processes, DRAIN_MS);
} else if (process.argv[1]?.endsWith("next-server.ts")) {
  main().catch((err: Error) => {
    console.error(`web failed to start: ${err.message}`);
    process.exit(1);
  });
}
