import { randomBytes, randomUUID } from "node:crypto";
import type { Readable } from "node:stream";
import type { Db } from "@/lib/db/client";
import {
  insertPackage,
  markPackagePurged,
  packageKey,
  type PackageExclusion,
  type PackageRow,
} from "@/lib/db/queries/exports";
import { decryptingStream, encryptingStream, through } from "./encrypted-stream";
import { currentStore, storeOf } from "./stores";

export type ExportRow = PackageRow;

/**
 * Stores a package for a request: encrypted as it streams in, under its own key (sealed with the data
 * keyring in the row), into the configured store (PostgreSQL chunks or S3), kept `expiresInDays`
 * (default 30), at most `maxDownloads` downloads. The subject can download it only once staff
 * approved it (`approvedAt`). With the PostgreSQL store, bytes and row commit together in `db`'s
 * transaction.
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
  const enc = encryptingStream(key);
  const locator = await currentStore().put(db, id, through(p.content, enc.stream));
  const meta = enc.stats();
  const now = p.now ?? new Date();
  return insertPackage(db, {
    id,
    requestId: p.requestId,
    path: locator,
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

/** The package's plaintext as a stream, read from its store and decrypted as it is consumed. */
export async function openExport(row: { id: string; path: string; keyEnc: string | null }): Promise<Readable> {
  const key = packageKey(row);
  return through(await storeOf(row.path).get(row.path), decryptingStream(key));
}

/**
 * Deletes a package's bytes from its store and its key from the row, and marks it purged (the row stays
 * as the record of what was delivered: size, hash, counts, dates). Safe to run twice.
 */
export async function purgeExportFile(db: Db, row: { id: string; path: string }, now = new Date()): Promise<void> {
  await storeOf(row.path).remove(db, row.path);
  await markPackagePurged(db, { id: row.id, now });
}
