import { db } from "@/lib/db/client";
import { listDevMail } from "@/lib/db/queries/dev-mail";
import { DomainError } from "@/lib/domain/errors";
import { env } from "@/lib/env";
import { apiRoute } from "@/lib/http/api-route";

export const dynamic = "force-dynamic";

/** The embedded SMTP sink's messages; absent (404) when a real SMTP_URL is configured. */
export const GET = apiRoute(async (request: Request) => {
  if (!env().DEV_MAILBOX_ENABLED) throw new DomainError("not_found", "Not found");
  const to = new URL(request.url).searchParams.get("to") ?? undefined;
  if (to && to.length > 320) throw new DomainError("invalid_request", "Invalid query", { to: "too long" });
  const rows = await listDevMail(db(), { to });
  return Response.json(
    {
      messages: rows.map((m) => ({
        id: m.id,
        to: m.recipients.join(", "),
        from: m.fromAddress,
        subject: m.subject,
        text: m.text,
        html: m.html,
        receivedAt: m.receivedAt.toISOString(),
      })),
    },
    { headers: { "cache-control": "no-store" } },
  );
});
