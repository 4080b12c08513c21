import { z } from "zod";
import { appendAudit } from "@/lib/audit/append";
import { encrypt } from "@/lib/crypto/env-keys";
import { generateToken, hashToken } from "@/lib/crypto/tokens";
import { db, type Db } from "@/lib/db/client";
import type { RequestRow } from "@/lib/db/queries/requests";
import { markVerified } from "@/lib/db/queries/verifications";
import { auditActorOf, lifecycleActor, type Operator } from "@/lib/auth/operator";
import { IDENTITY_CHECK_METHODS, type IdentityCheckMethod } from "@/lib/domain/vocabulary";
import { runTransition } from "@/lib/requests/transitions/run-transition";

export interface IdentityCheck {
  method: IdentityCheckMethod;
  note: string | null;
}

/** How staff checked the identity, as the intake form and the workspace send it ("" = not checked). */
export const identityCheckFields = {
  identityMethod: z
    .union([z.enum(IDENTITY_CHECK_METHODS, { error: "choose how the identity was checked" }), z.literal("")])
    .optional(),
  identityNote: z.string().trim().max(1000, "must be at most 1000 characters").optional(),
};

/** The identity check a form gave, or null when it said nothing was checked. */
export function identityCheckOf(input: { identityMethod?: IdentityCheckMethod | ""; identityNote?: string }) {
  if (!input.identityMethod) return null;
  return { method: input.identityMethod, note: input.identityNote || null } satisfies IdentityCheck;
}

export const verifyIdentityInput = z.object({
  requestId: z.uuid({ error: "is not a request id" }),
  version: z.coerce.number({ error: "is required" }).int().min(1),
  ...identityCheckFields,
});

/**
 * Staff verify a person whose identity they checked themselves (a known customer on the phone, an ID
 * document with a letter): the lifecycle's verify with a staff actor, the method and note audited,
 * a status link issued and the acknowledgement mailed, as when the person confirms their e-mail.
 */
export async function verifyIdentityInTx(
  tx: Db,
  p: {
    requestId: string;
    expectedVersion?: number;
    staff: Operator;
    /** null: the lifecycle refuses with its own message (how the identity was checked is required). */
    check: IdentityCheck | null;
    now?: Date;
  },
): Promise<RequestRow> {
  const now = p.now ?? new Date();
  const statusToken = generateToken();
  const { request } = await runTransition(tx, {
    requestId: p.requestId,
    expectedVersion: p.expectedVersion,
    actor: lifecycleActor(p.staff),
    action: { type: "verify", identityCheck: p.check ?? undefined },
    now,
    extraSet: {
      statusTokenHash: hashToken(statusToken),
      statusTokenEnc: encrypt(statusToken, `requests.status_token:${p.requestId}`),
    },
  });
  // The mailed link and code stop working: the request is verified already.
  await markVerified(tx, { requestId: p.requestId, at: now });
  await appendAudit(tx, {
    actor: auditActorOf(p.staff),
    action: "request.status_link_issued",
    requestId: p.requestId,
    payload: { method: "staff" },
  });
  return request;
}

export async function verifyIdentityByStaff(
  input: z.infer<typeof verifyIdentityInput>,
  staff: Operator,
): Promise<RequestRow> {
  return db().transaction((tx) =>
    verifyIdentityInTx(tx, {
      requestId: input.requestId,
      expectedVersion: input.version,
      staff,
      check: identityCheckOf(input),
    }),
  );
}
