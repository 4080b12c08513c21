import type http from "node:http";
import { randomBytes } from "node:crypto";
import { gzipSync } from "node:zlib";
import { securityHeaders } from "@/lib/http/security-headers";
import { runWithTimings, currentTimings, serverTimingHeader } from "@/lib/net/server-timing";

interface PageRequest {
  url: string;
  headers: Record<string, string | string[] | undefined>;
  nonce: string | null;
}
interface PageAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}
type PageHandler = (req: PageRequest) => Promise<PageAnswer>;

/**
 * Staff pages the web server answers itself, without Next's router (issue 16): the queue, the page staff
 * load most. Next's routing, proxy and request wrapping cost ~1.6 ms of CPU per call — as much as the
 * whole queue page should cost. The same page module the route handler calls (requests/route.ts), with
 * what the proxy and the server add around it: a fresh CSP nonce and the same security headers
 * (lib/http/security-headers.ts), `Server-Timing`, and the compression Next's middleware would apply
 * (gzip when accepted, ≥ 1 kB). GET of the exact path only; anything else goes through Next as before.
 */
const PAGES: Record<string, () => Promise<PageHandler>> = {
  "/staff/requests": () => import("@/app/(staff)/staff/(app)/requests/queue-document").then((m) => m.queuePage),
};

const loaded = new Map<string, Promise<PageHandler>>();

/** Off with DIRECT_STAFF_PAGES=0 (every page through Next, as before: for comparison). */
const enabled = () => process.env.DIRECT_STAFF_PAGES !== "0";

/** The handler answering this request directly, or null (Next serves it). */
export function directPage(req: http.IncomingMessage): Promise<PageHandler> | null {
  if (req.method !== "GET" || !enabled()) return null;
  const url = req.url ?? "";
  const q = url.indexOf("?");
  const path = q < 0 ? url : url.slice(0, q);
  const load = PAGES[path];
  if (!load) return null;
  let handler = loaded.get(path);
  if (!handler) {
    handler = load();
    loaded.set(path, handler);
  }
  return handler;
}

/** Loads the direct pages' modules at start, so the first visit does not pay for it. */
export async function preloadDirectPages(): Promise<void> {
  if (!enabled()) return;
  await Promise.all(Object.keys(PAGES).map((path) => directPage({ method: "GET", url: path } as http.IncomingMessage)));
}

/** Whether the client takes gzip (an `Accept-Encoding` naming gzip or `*` without q=0). */
export function acceptsGzip(header: string | string[] | undefined): boolean {
  const value = Array.isArray(header) ? header.join(",") : (header ?? "");
  for (const part of value.split(",")) {
    const [coding, ...params] = part.trim().toLowerCase().split(";");
    if (coding !== "gzip" && coding !== "*") continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    if (!q || Number(q.slice(2)) > 0) return true;
  }
  return false;
}

const GZIP_MIN_BYTES = 1024;
/**
 * zlib level 1 by default: for the queue's 56 kB document 0.14 ms of CPU and 9.2 kB, against 0.43 ms and
 * 8.6 kB at level 6 (Next's middleware's default) — 0.3 ms of a page that should cost ~2 ms, for 7 % more bytes.
 */
const gzipLevel = () => Number(process.env.STAFF_PAGE_GZIP_LEVEL) || 1;

/** Runs the page and writes its answer in one piece, with the headers Next and the proxy would have added. */
export function serveDirectPage(handler: PageHandler, req: http.IncomingMessage, res: http.ServerResponse) {
  return runWithTimings(async () => {
    const nonce = randomBytes(16).toString("base64");
    const answer = await handler({ url: req.url ?? "/", headers: req.headers, nonce });
    const security = securityHeaders({
      nonce,
      pathname: (req.url ?? "/").split("?")[0]!,
      https: (process.env.APP_URL ?? "").startsWith("https://"),
      dev: process.env.NODE_ENV === "development",
      oidcOrigin: process.env.OIDC_ISSUER ? new URL(process.env.OIDC_ISSUER).origin : null,
    });
    const headers: Record<string, string> = { ...security, ...answer.headers };
    let body = Buffer.from(answer.body, "utf8");
    if (body.length >= GZIP_MIN_BYTES && acceptsGzip(req.headers["accept-encoding"])) {
      body = gzipSync(body, { level: gzipLevel() });
      headers["content-encoding"] = "gzip";
    }
    if (answer.body) headers.vary = "Accept-Encoding";
    headers["content-length"] = String(body.length);
    headers["server-timing"] = serverTimingHeader(currentTimings()!);
    res.writeHead(answer.status, headers);
    res.end(body);
  });
}
