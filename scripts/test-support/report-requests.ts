import { grantedAtResidence } from "@/lib/domain/rights";
import { randomBytes } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { db } from "@/lib/db/client";
import { requests } from "@/lib/db/schema";
import type { RequestType } from "@/lib/domain/vocabulary";
import { submitRequest } from "@/lib/requests/intake/submit-request";

/**
 * Known data sets for the reports (CCPA §7102 metrics, the register): requests filed now, then moved
 * into a calendar year no other request was received in, with the outcome and the day they were answered.
 */

/** A year (2005–2099) in which no request was received yet, picked at random so reruns do not collide. */
export async function unusedYear(): Promise<number> {
  const { rows } = await db().execute<{ y: number }>(sql`
    select y from generate_series(2005, 2099) y
    where not exists (select 1 from requests where received_at >= make_timestamptz(y, 1, 1, 0, 0, 0, 'UTC')
                                               and received_at < make_timestamptz(y + 1, 1, 1, 0, 0, 0, 'UTC'))
    order by random() limit 1`);
  if (!rows[0]) throw new Error("no unused year left");
  return Number(rows[0].y);
}

export interface PastRequest {
  type: RequestType;
  receivedAt: Date;
  /** Left open (in progress) when absent. */
  answered?: { status: "completed" | "rejected" | "withdrawn"; afterDays: number };
  /** The requester's residence; California by default, so the request counts in the CCPA § 7102 metrics. */
  jurisdiction?: string;
}

/** What intake requires besides the common fields, per type. */
const TYPE_DETAILS: Partial<Record<RequestType, Record<string, unknown>>> = {
  rectification: { rectification: [{ field: "Phone number", currentValue: "+33 6 00", newValue: "+33 6 01" }] },
  restriction: { restrictionGround: "accuracy_contested" },
  objection: { objectionScope: "other" },
};

/** Files the request, then rewrites when it came in and how it ended. Returns its id and reference. */
export async function pastRequest(p: PastRequest): Promise<{ id: string; reference: string }> {
  const { id, reference } = await submitRequest(
    {
      type: p.type,
      email: `report.${randomBytes(4).toString("hex")}@example.net`,
      fullName: "Rey Port",
      locale: "en",
      jurisdiction: p.jurisdiction ?? "US-CA",
      ...TYPE_DETAILS[p.type],
    },
    // A right the residence's law does not grant (a Californian's objection) only comes in by a staff channel.
    { channel: grantedAtResidence(p.jurisdiction ?? "US-CA", p.type) ? "portal" : "email", actor: { type: "subject" } },
  );
  const closedAt = p.answered ? new Date(p.receivedAt.getTime() + p.answered.afterDays * 86_400_000) : null;
  await db()
    .update(requests)
    .set({
      receivedAt: p.receivedAt,
      verifiedAt: p.receivedAt,
      status: p.answered?.status ?? "in_progress",
      closedAt,
      outcome: p.answered?.status ?? null,
      ...(p.answered?.status === "rejected"
        ? { refusalReasonCode: "manifestly_unfounded", refusalReasonText: "Repetitive request." }
        : {}),
    })
    .where(eq(requests.id, id));
  return { id, reference };
}

/** Closes the given requests (withdrawn now), so that they leave the open counts of later tests. */
export async function closeRequests(ids: string[]): Promise<void> {
  for (const id of ids)
    await db()
      .update(requests)
      .set({ status: "withdrawn", closedAt: sql`coalesce(${requests.closedAt}, now())` })
      .where(
        sql`${requests.id} = ${id} and ${requests.status} in ('new','in_progress','awaiting_subject','in_review','unverified')`,
      );
}
