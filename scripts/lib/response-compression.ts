import type http from "node:http";
import { createRequire } from "node:module";

/**
 * Response compression, done by the web server instead of Next (next.config.ts: `compress: false`),
 * with the middleware Next itself uses and its defaults (gzip/deflate when accepted, compressible
 * types, ≥ 1 kB) — plus one change for the staff screens: their pages are compressed in one go.
 *
 * Next streams a page in many small chunks and flushes the compressor after each (so a streamed page
 * reaches the browser early): for a 100 kB queue page that was dozens of zlib flushes and socket
 * writes, about a tenth of the web process's CPU per page. The staff pages have no streaming
 * boundary (their head is only written once the whole page is rendered), so nothing is lost by
 * holding their body until Next ends it and compressing and writing it once.
 */
const require = createRequire(import.meta.url);
type Middleware = (req: http.IncomingMessage, res: http.ServerResponse, next: () => void) => void;
type Filter = (req: http.IncomingMessage, res: http.ServerResponse) => boolean;
const compression = require("next/dist/compiled/compression") as ((options?: { filter?: Filter }) => Middleware) & {
  filter: Filter;
};
const { releaseCompressionStream } = require("next/dist/server/lib/release-compression-stream") as {
  releaseCompressionStream: (res: http.ServerResponse) => void;
};

/**
 * A route handler's `Response` headers reach Node through `appendHeader` (Next's sendResponse), which
 * stores a first value as a one-element array: the middleware's filter then finds no compressible
 * type and sent route handlers' documents (the queue, the portal home) uncompressed. One value it is.
 */
const compress = compression({
  filter: (req, res) => {
    const type = res.getHeader("content-type");
    if (Array.isArray(type) && type.length === 1) res.setHeader("content-type", type[0]!);
    return compression.filter(req, res);
  },
});

/** Compresses `res` as Next would have (call before Next writes anything). */
export function compressResponse(req: http.IncomingMessage, res: http.ServerResponse): void {
  compress(req, res, () => undefined);
  // As Next does: a client that disconnects mid-response would otherwise leave the zlib stream open.
  res.once("close", () => {
    if (!res.writableFinished) releaseCompressionStream(res);
  });
}

/** A staff screen's document or React payload (GET): held whole, then compressed and written once. */
export function isWholeStaffResponse(req: http.IncomingMessage): boolean {
  const url = req.url ?? "";
  return (req.method === "GET" || req.method === "HEAD") && (url === "/staff" || url.startsWith("/staff/"));
}

type WriteCallback = (err?: Error | null) => void;
const asBuffer = (chunk: unknown, encoding?: BufferEncoding) =>
  Buffer.isBuffer(chunk)
    ? chunk
    : typeof chunk === "string"
      ? Buffer.from(chunk, encoding)
      : Buffer.from(chunk as Uint8Array);

/** Pages (HTML) and React payloads are held whole; anything else (files, Bull Board's assets) streams as before. */
const HELD = /^(text\/html|text\/x-component)\b/;

/**
 * Holds what is written to `res` until `end`, then writes it in one piece (through the compressor
 * when there is one). Call after `compressResponse`, so that this layer sits above it. Flushes asked
 * for in between (Next's `res.flush()` / `flushHeaders()` per chunk) are left out. Decided at the
 * first write from the response's content type: other types pass straight through.
 */
export function writeWhole(res: http.ServerResponse): void {
  const chunks: Buffer[] = [];
  const target = res as unknown as Record<string, unknown>;
  const originals = { write: res.write, end: res.end, flush: target.flush, flushHeaders: res.flushHeaders };
  const write = res.write.bind(res) as (chunk: Buffer) => boolean;
  const end = res.end.bind(res) as (cb?: () => void) => http.ServerResponse;
  let held: boolean | undefined;
  const decide = () => {
    held ??= HELD.test(String(res.getHeader("content-type") ?? ""));
    if (!held) Object.assign(target, originals);
    return held;
  };
  target.flush = () => undefined;
  target.flushHeaders = () => undefined;
  target.write = (chunk: unknown, encoding?: BufferEncoding | WriteCallback, cb?: WriteCallback) => {
    if (!decide()) return (res.write as (...a: unknown[]) => boolean)(chunk, encoding, cb);
    chunks.push(asBuffer(chunk, typeof encoding === "string" ? encoding : undefined));
    const done = typeof encoding === "function" ? encoding : cb;
    if (done) process.nextTick(done);
    return true;
  };
  target.end = (chunk?: unknown, encoding?: BufferEncoding | (() => void), cb?: () => void) => {
    if (!decide()) return (res.end as (...a: unknown[]) => http.ServerResponse)(chunk, encoding, cb);
    let done = cb;
    if (typeof chunk === "function") done = chunk as () => void;
    else if (chunk !== undefined && chunk !== null)
      chunks.push(asBuffer(chunk, typeof encoding === "string" ? encoding : undefined));
    if (typeof encoding === "function") done = encoding;
    const body = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks);
    if (body.length > 0) write(body);
    return end(done);
  };
}
