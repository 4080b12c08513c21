import { and, desc, eq, isNull, lt, or, sql } from "drizzle-orm";
import type { Db } from "../client";
import { apiKeys, staffUsers } from "../schema";

export type ApiKeyRow = typeof apiKeys.$inferSelect;

export async function insertApiKey(db: Db, values: typeof apiKeys.$inferInsert): Promise<ApiKeyRow> {
  const [row] = await db.insert(apiKeys).values(values).returning();
  return row!;
}

/** The key whose secret hashes to `secretHash`, revoked or not (the caller says why it is refused). */
export async function findApiKeyBySecretHash(db: Db, p: { secretHash: string }): Promise<ApiKeyRow | null> {
  const [row] = await db.select().from(apiKeys).where(eq(apiKeys.secretHash, p.secretHash)).limit(1);
  return row ?? null;
}

/** Every key, newest first, with its creator's name (never the secret: only its hash is stored). */
export async function listApiKeys(db: Db) {
  return db
    .select({
      id: apiKeys.id,
      name: apiKeys.name,
      prefix: apiKeys.prefix,
      scopes: apiKeys.scopes,
      expiresAt: apiKeys.expiresAt,
      rateLimitPerMinute: apiKeys.rateLimitPerMinute,
      createdAt: apiKeys.createdAt,
      createdByName: staffUsers.name,
      lastUsedAt: apiKeys.lastUsedAt,
      revokedAt: apiKeys.revokedAt,
      expired: sql<boolean>`coalesce(${apiKeys.expiresAt} <= now(), false)`,
    })
    .from(apiKeys)
    .leftJoin(staffUsers, eq(staffUsers.id, apiKeys.createdBy))
    .orderBy(desc(apiKeys.createdAt));
}

/** Revokes a live key; null when there is no such key or it was revoked already. */
export async function revokeApiKeyRow(
  db: Db,
  p: { id: string; by: string; at: Date },
): Promise<Pick<ApiKeyRow, "id" | "name" | "prefix"> | null> {
  const [row] = await db
    .update(apiKeys)
    .set({ revokedAt: p.at, revokedBy: p.by })
    .where(and(eq(apiKeys.id, p.id), isNull(apiKeys.revokedAt)))
    .returning({ id: apiKeys.id, name: apiKeys.name, prefix: apiKeys.prefix });
  return row ?? null;
}

/** Sets last_used_at unless it was set less than `minGapMs` ago: a write at most that often per key. */
export async function touchApiKey(db: Db, p: { id: string; at: Date; minGapMs: number }): Promise<void> {
  const before = new Date(p.at.getTime() - p.minGapMs);
  await db
    .update(apiKeys)
    .set({ lastUsedAt: p.at })
    .where(and(eq(apiKeys.id, p.id), or(isNull(apiKeys.lastUsedAt), lt(apiKeys.lastUsedAt, before))));
}

/** Names of keys by id, for audit and timeline views (actor type api_key). */
export async function apiKeyNamesById(db: Db): Promise<Map<string, string>> {
  const rows = await db.select({ id: apiKeys.id, name: apiKeys.name }).from(apiKeys);
  return new Map(rows.map((r) => [r.id, r.name]));
}
