import { and, desc, eq, isNotNull, isNull, lte, sql } from "drizzle-orm";
import { z } from "zod";
import { decrypt, encrypt } from "@/lib/crypto/env-keys";
import type { Db } from "@/lib/db/client";
import { exports } from "@/lib/db/schema";

/** A record left out of a package at review: which set, which row (by index), and why (no personal data). */
export const packageExclusionSchema = z.object({
  set: z.string().min(1),
  index: z.number().int().min(0),
  reason: z.string(),
});
export type PackageExclusion = z.infer<typeof packageExclusionSchema>;

const exclusionsSchema = z.array(packageExclusionSchema);
/** Records per record set in the package. */
const recordCountsSchema = z.record(z.string(), z.number().int().min(0));

type StoredRow = typeof exports.$inferSelect;

/** A package (`exports` row) with its JSON columns parsed; its file key stays sealed (see `packageKey`). */
export interface PackageRow extends Omit<StoredRow, "exclusions" | "recordCounts"> {
  exclusions: PackageExclusion[];
  recordCounts: Record<string, number>;
}

// Bound to the row: a key copied onto another package does not open it.
const keyAad = (id: string) => `exports.key:${id}`;

function parsed(row: StoredRow): PackageRow {
  const exclusions = exclusionsSchema.safeParse(row.exclusions);
  const recordCounts = recordCountsSchema.safeParse(row.recordCounts);
  if (!exclusions.success || !recordCounts.success)
    throw new Error(
      `exports ${row.id}: stored ${exclusions.success ? "record_counts" : "exclusions"} do not match their schema: ${z.prettifyError((exclusions.error ?? recordCounts.error)!)}`,
    );
  return { ...row, exclusions: exclusions.data, recordCounts: recordCounts.data };
}

export async function insertPackage(
  db: Db,
  p: {
    id: string;
    requestId: string;
    path: string;
    sha256: string;
    sizeBytes: number;
    expiresAt: Date;
    maxDownloads: number;
    /** The file's own key: sealed with the data keyring here. */
    key: Buffer;
    recordCounts: Record<string, number>;
    exclusions: PackageExclusion[];
    approvedAt: Date | null;
  },
): Promise<PackageRow> {
  const { key, ...values } = p;
  const [row] = await db
    .insert(exports)
    .values({
      ...values,
      recordCounts: recordCountsSchema.parse(p.recordCounts),
      exclusions: exclusionsSchema.parse(p.exclusions),
      keyEnc: encrypt(key.toString("base64"), keyAad(p.id)),
    })
    .returning();
  return parsed(row!);
}

/** The key that opens the package's file. */
export function packageKey(row: { id: string; keyEnc: string | null }): Buffer {
  if (!row.keyEnc) throw new Error(`export ${row.id} has no key`);
  return Buffer.from(decrypt(row.keyEnc, keyAad(row.id)), "base64");
}

/**
 * The request's current package: the newest one whose file still exists (`approvedOnly`: the newest
 * one staff released to the subject). Every reader of "the package of this request" goes through here.
 */
export async function findCurrentPackage(
  db: Db,
  p: { requestId: string; approvedOnly?: boolean },
): Promise<PackageRow | null> {
  const [row] = await db
    .select()
    .from(exports)
    .where(
      and(
        eq(exports.requestId, p.requestId),
        isNull(exports.purgedAt),
        p.approvedOnly ? isNotNull(exports.approvedAt) : undefined,
      ),
    )
    .orderBy(desc(exports.createdAt))
    .limit(1);
  return row ? parsed(row) : null;
}

/** Packages built for the request but not released (a rebuild replaces them). */
export async function listUnreleasedPackages(
  db: Db,
  p: { requestId: string },
): Promise<{ id: string; path: string }[]> {
  return db
    .select({ id: exports.id, path: exports.path })
    .from(exports)
    .where(and(eq(exports.requestId, p.requestId), isNull(exports.purgedAt), isNull(exports.approvedAt)));
}

/** Releases a package to the subject: approved by whom, downloadable until when. */
export async function releasePackage(
  db: Db,
  p: { id: string; approvedAt: Date; approvedBy: string | null; expiresAt: Date },
): Promise<PackageRow> {
  const [row] = await db
    .update(exports)
    .set({ approvedAt: p.approvedAt, approvedBy: p.approvedBy, expiresAt: p.expiresAt })
    .where(eq(exports.id, p.id))
    .returning();
  if (!row) throw new Error(`export ${p.id} does not exist`);
  return parsed(row);
}

/** Purged: the bytes are gone and so is the key that opened them (a copy of the bytes elsewhere stays sealed). */
export async function markPackagePurged(db: Db, p: { id: string; now: Date }): Promise<void> {
  await db
    .update(exports)
    .set({ purgedAt: sql`coalesce(${exports.purgedAt}, ${p.now})`, keyEnc: null })
    .where(eq(exports.id, p.id));
}

/** Packages past their expiry whose file is still on disk. */
export async function listExpiredPackages(
  db: Db,
  p: { now: Date; limit: number },
): Promise<{ id: string; path: string; requestId: string }[]> {
  return db
    .select({ id: exports.id, path: exports.path, requestId: exports.requestId })
    .from(exports)
    .where(and(isNull(exports.purgedAt), lte(exports.expiresAt, p.now)))
    .limit(p.limit);
}

/** Counts one download, if one is left and the package has not expired; null otherwise. */
export async function countPackageDownload(db: Db, p: { id: string; now: Date }): Promise<PackageRow | null> {
  const [row] = await db
    .update(exports)
    .set({ downloads: sql`${exports.downloads} + 1` })
    .where(
      and(
        eq(exports.id, p.id),
        sql`${exports.downloads} < ${exports.maxDownloads}`,
        sql`${exports.expiresAt} > ${p.now}`,
      ),
    )
    .returning();
  return row ? parsed(row) : null;
}
