import { queueResponse } from "./queue-document";

export const dynamic = "force-dynamic";

/**
 * The queue, served by a route handler rather than a page (issue 16): one complete HTML document with no
 * React client runtime — a page paid React's render twice (HTML and its embedded payload) plus the
 * layout's. Its forms post to plain route handlers (bulk-assign/, views/, ../../language/).
 */
export function GET(request: Request): Promise<Response> {
  return queueResponse(request);
}
