import { eq } from "drizzle-orm";
import { randomBytes, randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { Readable } from "node:stream";
import { decrypt, encrypt } from "@/lib/crypto/env-keys";
import type { Db } from "@/lib/db/client";
import { exports } from "@/lib/db/schema";
import { env } from "@/lib/env";
import { readEncryptedFile, writeEncryptedFile } from "./encrypted-file";

export type ExportRow = typeof exports.$inferSelect;

const exportsDir = () => path.resolve(env().DATA_DIR, "exports");
const keyAad = (id: string) => `exports.key:${id}`;

/**
 * Stores a package for a request: the file encrypted at rest under its own key (sealed with the data
 * keyring in the row), kept `expiresInDays` (default 30), at most `maxDownloads` downloads. The subject
 * can download it only once staff approved it (`approvedAt`).
 */
export async function storeExport(
  db: Db,
  p: {
    requestId: string;
    content: Readable;
    expiresInDays?: number;
    maxDownloads?: number;
    now?: Date;
    recordCounts?: Record<string, number>;
    exclusions?: unknown[];
    approvedAt?: Date | null;
  },
): Promise<ExportRow> {
  const id = randomUUID();
  const key = randomBytes(32);
  fs.mkdirSync(exportsDir(), { recursive: true, mode: 0o700 });
  const relative = `${id}.bin`;
  const meta = await writeEncryptedFile(path.join(exportsDir(), relative), key, p.content);
  const now = p.now ?? new Date();
  const [row] = await db
    .insert(exports)
    .values({
      id,
      requestId: p.requestId,
      path: relative,
      sha256: meta.sha256,
      sizeBytes: meta.sizeBytes,
      expiresAt: new Date(now.getTime() + (p.expiresInDays ?? 30) * 86_400_000),
      maxDownloads: p.maxDownloads ?? 5,
      keyEnc: encrypt(key.toString("base64"), keyAad(id)),
      recordCounts: p.recordCounts ?? {},
      exclusions: p.exclusions ?? [],
      approvedAt: p.approvedAt ?? null,
    })
    .returning();
  return row!;
}

/** The package's plaintext as a stream (decrypted on the fly). */
export async function openExport(row: ExportRow): Promise<Readable> {
  if (!row.keyEnc) throw new Error(`export ${row.id} has no key`);
  const key = Buffer.from(decrypt(row.keyEnc, keyAad(row.id)), "base64");
  return readEncryptedFile(path.join(exportsDir(), path.basename(row.path)), key);
}

/** Deletes a package's file and marks the row purged (the row stays as the record of what was delivered). */
export async function purgeExportFile(db: Db, row: { id: string; path: string }, now = new Date()): Promise<void> {
  fs.rmSync(path.join(exportsDir(), path.basename(row.path)), { force: true });
  await db.update(exports).set({ purgedAt: now }).where(eq(exports.id, row.id));
}
