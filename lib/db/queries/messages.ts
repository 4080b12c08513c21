import { and, asc, eq, max } from "drizzle-orm";
import { decrypt, encrypt } from "@/lib/crypto/env-keys";
import type { Db } from "../client";
import { requestMessages, staffUsers } from "../schema";

/** inbound: written by the subject; outbound: written to the subject. */
export type MessageDirection = "inbound" | "outbound";

export interface RequestMessage {
  id: string;
  direction: MessageDirection;
  body: string;
  templateKey: string | null;
  authorName: string | null;
  createdAt: Date;
}

// The request id in the AAD binds a body to its request: a ciphertext copied to another row fails to decrypt.
const bodyAad = (requestId: string) => `request_messages.body:${requestId}`;

/** Stores one message of a request's thread, encrypting its body. */
export async function insertMessage(
  db: Db,
  p: {
    requestId: string;
    direction: MessageDirection;
    body: string;
    templateKey?: string | null;
    authorStaffId?: string | null;
    createdAt?: Date;
  },
): Promise<{ id: string }> {
  const [row] = await db
    .insert(requestMessages)
    .values({
      requestId: p.requestId,
      direction: p.direction,
      bodyEnc: encrypt(p.body, bodyAad(p.requestId)),
      templateKey: p.templateKey ?? null,
      authorStaffId: p.authorStaffId ?? null,
      ...(p.createdAt ? { createdAt: p.createdAt } : {}),
    })
    .returning({ id: requestMessages.id });
  return row!;
}

/** When staff last wrote to the subject by hand (the staff_message template, not a lifecycle message); null: never. */
export async function lastStaffMessageAt(db: Db, p: { requestId: string }): Promise<Date | null> {
  const [row] = await db
    .select({ at: max(requestMessages.createdAt) })
    .from(requestMessages)
    .where(
      and(
        eq(requestMessages.requestId, p.requestId),
        eq(requestMessages.direction, "outbound"),
        eq(requestMessages.templateKey, "staff_message"),
      ),
    );
  return row?.at ?? null;
}

/** The thread's entries without their bodies (who wrote when): for roles that may not read them. */
export async function listMessageHeaders(db: Db, p: { requestId: string }): Promise<Omit<RequestMessage, "body">[]> {
  const rows = await db
    .select({
      id: requestMessages.id,
      direction: requestMessages.direction,
      templateKey: requestMessages.templateKey,
      authorName: staffUsers.name,
      createdAt: requestMessages.createdAt,
    })
    .from(requestMessages)
    .leftJoin(staffUsers, eq(staffUsers.id, requestMessages.authorStaffId))
    .where(eq(requestMessages.requestId, p.requestId))
    .orderBy(asc(requestMessages.createdAt), asc(requestMessages.id));
  return rows.map(({ direction, ...m }) => ({ ...m, direction: direction === "inbound" ? "inbound" : "outbound" }));
}

/** The thread between staff and subject, oldest first, bodies decrypted. */
export async function listMessages(db: Db, p: { requestId: string }): Promise<RequestMessage[]> {
  const rows = await db
    .select({
      id: requestMessages.id,
      direction: requestMessages.direction,
      bodyEnc: requestMessages.bodyEnc,
      templateKey: requestMessages.templateKey,
      authorName: staffUsers.name,
      createdAt: requestMessages.createdAt,
    })
    .from(requestMessages)
    .leftJoin(staffUsers, eq(staffUsers.id, requestMessages.authorStaffId))
    .where(eq(requestMessages.requestId, p.requestId))
    .orderBy(asc(requestMessages.createdAt), asc(requestMessages.id));
  return rows.map(({ bodyEnc, direction, ...m }) => ({
    ...m,
    // The column is free text; anything but "inbound" was written by staff or the system.
    direction: direction === "inbound" ? "inbound" : "outbound",
    body: decrypt(bodyEnc, bodyAad(p.requestId)),
  }));
}
