import { openApiDocument } from "@/lib/api-docs/openapi";
import { appUrl } from "@/lib/env";

export const dynamic = "force-dynamic";

/** The OpenAPI 3.1 document of /api/v1, generated from the routes' zod schemas (no key needed). */
export function GET(): Response {
  return Response.json(openApiDocument(appUrl()), { headers: { "cache-control": "no-store" } });
}
