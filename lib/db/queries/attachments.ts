import { createHash } from "node:crypto";
import { and, asc, eq } from "drizzle-orm";
import { decrypt, encrypt } from "@/lib/crypto/env-keys";
import type { Db } from "../client";
import { requestAttachments } from "../schema";

// Bound to the request: a ciphertext copied to another request's row does not decrypt.
const aad = (requestId: string, column: string) => `request_attachments.${column}:${requestId}`;

export interface AttachmentHeader {
  id: string;
  messageId: string | null;
  fileName: string;
  contentType: string;
  bytes: number;
  createdAt: Date;
}

/** Stores one attached file, encrypted (name and content), in the caller's transaction. */
export async function insertAttachment(
  tx: Db,
  p: {
    requestId: string;
    messageId: string | null;
    fileName: string;
    contentType: string;
    content: Buffer;
    uploadedBy: string | null;
  },
): Promise<{ id: string; sha256: string }> {
  const sha256 = createHash("sha256").update(p.content).digest("hex");
  const [row] = await tx
    .insert(requestAttachments)
    .values({
      requestId: p.requestId,
      messageId: p.messageId,
      fileNameEnc: encrypt(p.fileName, aad(p.requestId, "file_name")),
      contentType: p.contentType,
      bytes: p.content.length,
      sha256,
      contentEnc: encrypt(p.content.toString("base64"), aad(p.requestId, "content")),
      uploadedBy: p.uploadedBy,
    })
    .returning({ id: requestAttachments.id });
  return { id: row!.id, sha256 };
}

/** The files of a request's thread without their content (names decrypted), oldest first. */
export async function listAttachments(db: Db, p: { requestId: string }): Promise<AttachmentHeader[]> {
  const rows = await db
    .select({
      id: requestAttachments.id,
      messageId: requestAttachments.messageId,
      fileNameEnc: requestAttachments.fileNameEnc,
      contentType: requestAttachments.contentType,
      bytes: requestAttachments.bytes,
      createdAt: requestAttachments.createdAt,
    })
    .from(requestAttachments)
    .where(eq(requestAttachments.requestId, p.requestId))
    .orderBy(asc(requestAttachments.createdAt), asc(requestAttachments.id));
  return rows.map(({ fileNameEnc, ...r }) => ({ ...r, fileName: decrypt(fileNameEnc, aad(p.requestId, "file_name")) }));
}

/** How many files a request's thread holds (for roles that may not open them). */
export async function countAttachments(db: Db, p: { requestId: string }): Promise<number> {
  return db.$count(requestAttachments, eq(requestAttachments.requestId, p.requestId));
}

/** One file with its content, decrypted; scoped by the request in the WHERE. */
export async function readAttachment(
  db: Db,
  p: { requestId: string; id: string },
): Promise<(AttachmentHeader & { content: Buffer; sha256: string }) | null> {
  const [row] = await db
    .select()
    .from(requestAttachments)
    .where(and(eq(requestAttachments.id, p.id), eq(requestAttachments.requestId, p.requestId)))
    .limit(1);
  if (!row) return null;
  return {
    id: row.id,
    messageId: row.messageId,
    fileName: decrypt(row.fileNameEnc, aad(p.requestId, "file_name")),
    contentType: row.contentType,
    bytes: row.bytes,
    createdAt: row.createdAt,
    sha256: row.sha256,
    content: Buffer.from(decrypt(row.contentEnc, aad(p.requestId, "content")), "base64"),
  };
}

/** Minimisation: the files go with the subject's data. */
export async function deleteAttachmentsOfRequest(tx: Db, p: { requestId: string }): Promise<number> {
  const rows = await tx
    .delete(requestAttachments)
    .where(eq(requestAttachments.requestId, p.requestId))
    .returning({ id: requestAttachments.id });
  return rows.length;
}
