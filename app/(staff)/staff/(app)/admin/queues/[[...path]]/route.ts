import { appendAudit } from "@/lib/audit/append";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { DomainError } from "@/lib/domain/errors";
import { apiRoute } from "@/lib/http/api-route";
import { requireStaffFor } from "@/lib/http/staff-action";
import { BULL_BOARD_BASE_PATH, classifyBoardRequest, serveBullBoard } from "@/lib/queue/bull-board";

export const dynamic = "force-dynamic";

/**
 * /staff/admin/queues/** — Bull Board (page, assets and JSON API) for admins. Every request is checked
 * here: the board itself knows nothing of sessions. Changes must come from our own pages (the
 * session cookie is SameSite=Lax, and the Origin is checked as well); the ones that are allowed
 * are audited once the board has carried them out.
 */
async function handle(request: Request): Promise<Response> {
  const staff = await requireStaffFor("queues.view");
  const { pathname } = new URL(request.url);
  const kind = classifyBoardRequest(request.method, pathname);
  if (kind === "refused")
    throw new DomainError(
      "forbidden",
      "This operation is not available here: jobs come from the outbox and the workers own their schedules.",
    );
  if (kind === "change" && !sameOrigin(request)) throw new DomainError("forbidden", "Cross-site request refused.");
  const response = await serveBullBoard(request);
  if (kind === "change" && response.status < 400) {
    await db().transaction((tx) =>
      appendAudit(tx, {
        actor: { type: "staff", id: staff.id },
        action: "queues.operation",
        payload: { method: request.method, path: pathname.slice(BULL_BOARD_BASE_PATH.length) },
      }),
    );
  }
  return response;
}

function sameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (!origin) return false;
  const allowed = new Set([new URL(request.url).origin]);
  const configured = env().APP_URL;
  if (configured) allowed.add(new URL(configured).origin);
  return allowed.has(origin);
}

export const GET = apiRoute(handle);
export const HEAD = apiRoute(handle);
export const PUT = apiRoute(handle);
export const POST = apiRoute(handle);
export const PATCH = apiRoute(handle);
export const DELETE = apiRoute(handle);
