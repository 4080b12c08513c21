import { db } from "@/lib/db/client";
import { listDevMail } from "@/lib/db/queries/dev-mail";
import { env } from "@/lib/env";

export const dynamic = "force-dynamic";

/** The embedded SMTP sink's messages; absent (404) when a real SMTP_URL is configured. */
export async function GET(request: Request) {
  if (!env().DEV_MAILBOX_ENABLED)
    return Response.json({ error: { code: "not_found", message: "Not found" } }, { status: 404 });
  const to = new URL(request.url).searchParams.get("to") ?? undefined;
  if (to && to.length > 320) {
    return Response.json(
      { error: { code: "invalid_request", message: "Invalid query", fields: { to: "too long" } } },
      { status: 400 },
    );
  }
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
}
