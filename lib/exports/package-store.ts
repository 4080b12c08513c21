import { randomBytes, randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { Readable } from "node:stream";
import type { Db } from "@/lib/db/client";
import {
  insertPackage,
  markPackagePurged,
  packageKey,
  type PackageExclusion,
  type PackageRow,
} from "@/lib/db/queries/exports";
import { env } from "@/lib/env";
import { readEncryptedFile, writeEncryptedFile } from "./encrypted-file";

export type ExportRow = PackageRow;

const exportsDir = () => path.resolve(env().DATA_DIR, "exports");

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
    exclusions?: PackageExclusion[];
    approvedAt?: Date | null;
  },
): Promise<ExportRow> {
  const id = randomUUID();
  const key = randomBytes(32);
  fs.mkdirSync(exportsDir(), { recursive: true, mode: 0o700 });
  const relative = `${id}.bin`;
  const meta = await writeEncryptedFile(path.join(exportsDir(), relative), key, p.content);
  const now = p.now ?? new Date();
  return insertPackage(db, {
    id,
    requestId: p.requestId,
    path: relative,
    sha256: meta.sha256,
    sizeBytes: meta.sizeBytes,
    expiresAt: new Date(now.getTime() + (p.expiresInDays ?? 30) * 86_400_000),
    maxDownloads: p.maxDownloads ?? 5,
    key,
    recordCounts: p.recordCounts ?? {},
    exclusions: p.exclusions ?? [],
    approvedAt: p.approvedAt ?? null,
  });
}

/** The package's plaintext as a stream (decrypted on the fly). */
export async function openExport(row: { id: string; path: string; keyEnc: string | null }): Promise<Readable> {
  return readEncryptedFile(path.join(exportsDir(), path.basename(row.path)), packageKey(row));
}

/** Deletes a package's file and marks the row purged (the row stays as the record of what was delivered). */
export async function purgeExportFile(db: Db, row: { id: string; path: string }, now = new Date()): Promise<void> {
  fs.rmSync(path.join(exportsDir(), path.basename(row.path)), { force: true });
  await markPackagePurged(db, { id: row.id, now });
}
