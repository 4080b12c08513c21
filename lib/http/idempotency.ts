import { createHash } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { idempotencyKeys } from "@/lib/db/schema";
import { DomainError } from "@/lib/domain/errors";

const sha = (s: string) => createHash("sha256").update(s).digest("hex");

export interface IdempotencyRequest {
  scope: string;
  key: string;
  rawBody: string;
}

export function validateIdempotencyKey(key: string | null): string | null {
  if (key === null) return null;
  if (key.length === 0 || key.length > 200) {
    throw new DomainError("invalid_request", "Idempotency-Key must be 1 to 200 characters.", {
      "Idempotency-Key": "must be 1 to 200 characters",
    });
  }
  return key;
}

/**
 * Inside the use case's transaction: serialises requests carrying the same key (advisory lock) and
 * returns the stored answer of an earlier one. The same key with another body is refused.
 */
export async function findIdempotentAnswer<T>(tx: Db, req: IdempotencyRequest): Promise<T | null> {
  const keyHash = sha(req.key);
  await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`${req.scope}:${keyHash}`}, 0))`);
  const [row] = await tx
    .select()
    .from(idempotencyKeys)
    .where(and(eq(idempotencyKeys.scope, req.scope), eq(idempotencyKeys.keyHash, keyHash)))
    .limit(1);
  if (!row) return null;
  if (row.bodyHash !== sha(req.rawBody)) {
    throw new DomainError("idempotency_mismatch", "This Idempotency-Key was already used with a different body.", {
      "Idempotency-Key": "reused with a different body",
    });
  }
  return row.response as T;
}

/** Stores the answer in the same transaction as the work it describes. */
export async function storeIdempotentAnswer(
  tx: Db,
  req: IdempotencyRequest,
  status: number,
  answer: unknown,
): Promise<void> {
  await tx.insert(idempotencyKeys).values({
    scope: req.scope,
    keyHash: sha(req.key),
    bodyHash: sha(req.rawBody),
    status,
    response: answer as object,
  });
}
