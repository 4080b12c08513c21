import { PAGE_SHEETS, staffCss, type PageSheet } from "../../(app)/components/staff-document";

export const dynamic = "force-dynamic";

/**
 * GET /staff/styles/<sheet>-<hash>.css: the style sheet of a static staff document (the queue). Its URL
 * names its content, so it is cached for a year; an unknown sheet or an outdated hash is a 404 (the page
 * that linked it was rendered by another version). The same text any visitor of the sign-in page gets.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  const m = /^([a-z]+)-([\w-]{16})\.css$/.exec((await params).file);
  const sheet = m?.[1] as PageSheet | undefined;
  if (!m || !sheet || !(sheet in PAGE_SHEETS)) return new Response("Not found.", { status: 404 });
  const { css, hash } = staffCss(sheet);
  if (m[2] !== hash) return new Response("Not found.", { status: 404 });
  return new Response(css, {
    headers: {
      "content-type": "text/css; charset=utf-8",
      "cache-control": "public, max-age=31536000, immutable",
    },
  });
}
