import { queuePage } from "./queue-document";

export const dynamic = "force-dynamic";

/**
 * The queue through Next (the web server usually answers it itself: scripts/lib/direct-pages.ts, off with
 * DIRECT_STAFF_PAGES=0): one complete HTML document with no React client runtime. Its forms post to plain
 * route handlers (bulk-assign/, views/, ../../language/).
 */
export async function GET(request: Request): Promise<Response> {
  const headers: Record<string, string> = {};
  request.headers.forEach((value, name) => {
    headers[name] = value;
  });
  const url = new URL(request.url);
  const answer = await queuePage({ url: `${url.pathname}${url.search}`, headers, nonce: headers["x-nonce"] ?? null });
  return new Response(answer.body || null, { status: answer.status, headers: answer.headers });
}
