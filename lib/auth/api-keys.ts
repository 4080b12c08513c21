import { z } from "zod";
import { appendAudit } from "@/lib/audit/append";
import { generateToken, hashToken } from "@/lib/crypto/tokens";
import { db } from "@/lib/db/client";
import {
  findApiKeyBySecretHash,
  insertApiKey,
  revokeApiKeyRow,
  touchApiKey,
  type ApiKeyRow,
} from "@/lib/db/queries/api-keys";
import { DomainError } from "@/lib/domain/errors";
import { env } from "@/lib/env";
import { consumeRateLimit } from "@/lib/rate-limit/consume";
import { API_SCOPES, isApiScope, type ApiKeyPrincipal } from "./api-scopes";
import { detail } from "@/lib/domain/error-details";

/** Every secret starts with this, so secret scanners and people recognise one in a log or a paste. */
export const API_KEY_PREFIX = "dsr_live_";
/** How many characters of the secret the key list shows (the prefix included). */
const SHOWN_CHARS = API_KEY_PREFIX.length + 6;
/** last_used_at is written at most this often per key: a read-only call costs no write for it. */
export const LAST_USED_GAP_MS = 60_000;

export const createApiKeyInput = z.object({
  name: z.string().trim().min(1, "is required").max(100, "must be at most 100 characters"),
  scopes: z
    .array(z.enum(API_SCOPES, { error: `must be among ${API_SCOPES.join(", ")}` }))
    .min(1, "choose at least one scope")
    .transform((s) => [...new Set(s)]),
  /** A date (YYYY-MM-DD, the key stops working at its start in UTC) or an instant; empty: never expires. */
  expiresAt: z
    .union([z.literal(""), z.coerce.date({ error: "must be a date" })])
    .optional()
    .transform((v) => (v instanceof Date ? v : null)),
  rateLimitPerMinute: z
    .union([z.literal(""), z.coerce.number().int().min(1, "must be at least 1").max(100_000)])
    .optional()
    .transform((v) => (typeof v === "number" ? v : null)),
});
export type CreateApiKeyInput = z.input<typeof createApiKeyInput>;

export interface CreatedApiKey {
  id: string;
  name: string;
  /** The whole secret: shown to the admin once, never stored or shown again. */
  secret: string;
  prefix: string;
}

/**
 * An admin creates a key: 32 random bytes after `dsr_live_`, of which only the SHA-256 is stored
 * (a fast hash is enough for a secret that cannot be guessed: nobody can try 2^256 values, and an
 * indexed equality finds the key in one look-up), audited in the same transaction.
 */
export async function createApiKey(raw: CreateApiKeyInput, adminId: string, now = new Date()): Promise<CreatedApiKey> {
  const input = createApiKeyInput.parse(raw);
  if (input.expiresAt && input.expiresAt.getTime() <= now.getTime())
    throw new DomainError("invalid_request", detail("admin.key_expiry_in_past"), {
      expiresAt: "must be in the future",
    });
  const secret = `${API_KEY_PREFIX}${generateToken(32)}`;
  const prefix = secret.slice(0, SHOWN_CHARS);
  return db().transaction(async (tx) => {
    const row = await insertApiKey(tx, {
      name: input.name,
      prefix,
      secretHash: hashToken(secret),
      scopes: input.scopes,
      expiresAt: input.expiresAt,
      rateLimitPerMinute: input.rateLimitPerMinute,
      createdBy: adminId,
      createdAt: now,
    });
    await appendAudit(tx, {
      actor: { type: "staff", id: adminId },
      action: "api_key.created",
      payload: {
        keyId: row.id,
        name: row.name,
        prefix,
        scopes: input.scopes.join(" "),
        expiresAt: input.expiresAt?.toISOString() ?? null,
      },
    });
    return { id: row.id, name: row.name, secret, prefix };
  });
}

/** An admin revokes a key: it stops working on the next call. Audited; revoking twice is not_found. */
export async function revokeApiKey(p: { keyId: string; adminId: string; now?: Date }): Promise<void> {
  await db().transaction(async (tx) => {
    const row = await revokeApiKeyRow(tx, { id: p.keyId, by: p.adminId, at: p.now ?? new Date() });
    if (!row) throw new DomainError("not_found", detail("admin.key_not_found"));
    await appendAudit(tx, {
      actor: { type: "staff", id: p.adminId },
      action: "api_key.revoked",
      payload: { keyId: row.id, name: row.name, prefix: row.prefix },
    });
  });
}

const BEARER = /^Bearer[ ]+(\S+)$/i;
const INVALID_KEY = "The API key is missing, unknown, revoked or expired.";

/**
 * The key an API call carries in `Authorization: Bearer …` (nowhere else: a key in a URL ends up in
 * logs and browser history), checked live: unknown, revoked and expired keys are refused alike (401).
 */
export async function authenticateApiKey(request: Request, now = new Date()): Promise<ApiKeyPrincipal> {
  const header = request.headers.get("authorization");
  const match = header ? BEARER.exec(header.trim()) : null;
  if (!match) throw unauthenticated("Send the API key as `Authorization: Bearer <key>`.");
  const secret = match[1]!;
  if (!secret.startsWith(API_KEY_PREFIX)) throw unauthenticated(INVALID_KEY);
  const row = await findApiKeyBySecretHash(db(), { secretHash: hashToken(secret) });
  if (!row || row.revokedAt || (row.expiresAt && row.expiresAt.getTime() <= now.getTime()))
    throw unauthenticated(INVALID_KEY);
  await enforceKeyRateLimit(row, now);
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() >= LAST_USED_GAP_MS)
    await touchApiKey(db(), { id: row.id, at: now, minGapMs: LAST_USED_GAP_MS });
  return { kind: "api_key", id: row.id, name: row.name, scopes: row.scopes.filter(isApiScope) };
}

async function enforceKeyRateLimit(row: ApiKeyRow, now: Date): Promise<void> {
  const limit = row.rateLimitPerMinute ?? env().API_RATE_LIMIT_PER_MINUTE;
  const result = await consumeRateLimit(db(), { name: "api:key", limit, windowSeconds: 60 }, row.id, now);
  if (!result.allowed)
    throw new DomainError(
      "rate_limited",
      `This key may make ${limit} calls a minute. Try again later.`,
      undefined,
      result.retryAfterSeconds,
    );
}

function unauthenticated(message: string): DomainError {
  return new DomainError("unauthenticated", message);
}
