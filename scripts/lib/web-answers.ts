import type http from "node:http";
import { isDatabaseUnavailable } from "@/lib/db/unavailable";

/** Answers the web server gives in front of Next (scripts/next-server.ts). */
const RETRY_AFTER_SECONDS = 10;

export function answerPlain(
  res: http.ServerResponse,
  status: number,
  message: string,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store", ...headers });
  res.end(`${message}\n`);
}

/** Health and built assets are served while the database is away: health is how one learns it is. */
export function isExemptFromDatabaseGate(url: string | undefined): boolean {
  const path = (url ?? "/").split("?")[0]!;
  return path === "/api/health" || path.startsWith("/_next/static/") || path === "/favicon.ico";
}

const UNAVAILABLE_EN = "The service is briefly unavailable. Nothing was recorded: please try again in a few seconds.";
const UNAVAILABLE_FR =
  "Le service est momentanément indisponible. Rien n'a été enregistré : veuillez réessayer dans quelques secondes.";

/** 503 + Retry-After: JSON for the API, a small bilingual page for a browser. */
export function answerUnavailable(req: http.IncomingMessage, res: http.ServerResponse): void {
  const headers = { "retry-after": String(RETRY_AFTER_SECONDS), "cache-control": "no-store" };
  if ((req.url ?? "").startsWith("/api/")) {
    res.writeHead(503, { ...headers, "content-type": "application/json" });
    return void res.end(JSON.stringify({ error: { code: "service_unavailable", message: UNAVAILABLE_EN } }));
  }
  res.writeHead(503, { ...headers, "content-type": "text/html; charset=utf-8" });
  res.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Service unavailable</title></head><body style="font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;line-height:1.5">
<h1>Service briefly unavailable</h1><p>${UNAVAILABLE_EN}</p>
<h1 lang="fr">Service momentanément indisponible</h1><p lang="fr">${UNAVAILABLE_FR}</p></body></html>`);
}

/** The client went away before the answer was complete: not a fault of ours, not an ERROR. */
export function isClientAbort(err: Error & { code?: string }, req: http.IncomingMessage): boolean {
  return (
    req.destroyed ||
    err.code === "ECONNRESET" ||
    err.code === "ERR_STREAM_PREMATURE_CLOSE" ||
    err.name === "AbortError" ||
    err.message === "aborted"
  );
}

export function log(message: string, req: http.IncomingMessage): void {
  if (process.env.LOG_LEVEL === "debug" || process.env.LOG_LEVEL === "trace")
    console.log(`${message}: ${req.method} ${(req.url ?? "").split("?")[0]}`);
}

/**
 * A request whose handler threw: a client that went away is logged as such; a database that stopped
 * answering before the watch noticed gets the same 503 + Retry-After as the gate's (never a 500); anything
 * else a bare 500, its message logged (never sent).
 */
export function answerFailure(err: Error, req: http.IncomingMessage, res: http.ServerResponse): void {
  if (isClientAbort(err, req)) return void log("client closed the connection", req);
  if (!res.headersSent && isDatabaseUnavailable(err)) return void answerUnavailable(req, res);
  console.error(`request failed: ${err.message}`);
  if (!res.headersSent) res.writeHead(500).end();
}
