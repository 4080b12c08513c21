import { z } from "zod";
import { appendAudit } from "@/lib/audit/append";
import { connectorFor } from "@/lib/connectors/registry";
import { db } from "@/lib/db/client";
import { listDataSystems } from "@/lib/db/queries/data-systems";
import { findRequest } from "@/lib/db/queries/requests";
import { DomainError } from "@/lib/domain/errors";
import type { RequestType } from "@/lib/domain/vocabulary";
import { decryptSubjectEmail } from "@/lib/requests/subject-fields";
import { detail } from "@/lib/domain/error-details";

export const dataPointsSchema = z.object({
  lastName: z.string().trim().max(200).optional(),
  phone: z.string().trim().max(50).optional(),
  postcode: z.string().trim().max(20).optional(),
  orderNumber: z.string().trim().max(50).optional(),
});
export type DataPoints = z.infer<typeof dataPointsSchema>;

/**
 * CCPA (11 CCR § 7062): a request to know categories is verified to a reasonable degree of certainty by
 * matching at least 2 data points, specific pieces (the access and portability packages) to a reasonably
 * high degree by 3 (plus a signed declaration, not collected here); deletion: 2 (product decision: the
 * lower degree of § 7062(d), for data that is not sensitive).
 */
export function requiredDataPoints(type: RequestType): number {
  return type === "access" || type === "portability" ? 3 : 2;
}

/**
 * 11 CCR § 7062(c): for specific pieces of personal information the business "shall also require the requestor
 * to submit a signed declaration under penalty of perjury stating that the requestor is the consumer whose
 * personal information is the subject of the request". Without it, three matching data points do not verify.
 */
export function declarationRequired(type: RequestType): boolean {
  return requiredDataPoints(type) === 3;
}

export interface DataPointResult {
  required: number;
  /** Per point given: matched in at least one system (never the stored value). */
  points: Record<string, boolean>;
  matched: number;
  /** Enough points matched (the declaration, where one is required, is recorded beside: `declaration`). */
  sufficient: boolean;
}

/**
 * Where the caller asked for it (the portal form, for specific pieces), the declaration under penalty of perjury
 * of § 7062(c): required for this request, and signed or not. Recorded in the audit entry and on the timeline.
 */
export interface DeclarationResult {
  declarationRequired: boolean;
  declarationSigned: boolean;
}

/**
 * Asks every enabled system that can answer "does this match" about the request's subject, keeps per
 * point whether any system matched, and records the result (audited, shown to staff on the timeline).
 */
export async function matchRequestDataPoints(p: {
  requestId: string;
  points: DataPoints;
  /**
   * The requestor ticked the declaration under penalty of perjury (§ 7062(c)); their full name signs it. Undefined:
   * the caller did not ask for one (nothing about it is recorded).
   */
  declarationSigned?: boolean;
}): Promise<DataPointResult> {
  const points = Object.fromEntries(
    Object.entries(dataPointsSchema.parse(p.points)).filter(([, v]) => typeof v === "string" && v !== ""),
  ) as Record<string, string>;
  const request = await findRequest(db(), { id: p.requestId });
  if (!request) throw new DomainError("not_found", detail("common.request_not_found"));
  const subject = { email: decryptSubjectEmail(request) };
  const merged: Record<string, boolean> = {};
  for (const system of await listDataSystems(db(), { enabledOnly: true, orderBy: "key" })) {
    const connector = connectorFor(system);
    if (!connector.matchDataPoints) continue;
    for (const [name, ok] of Object.entries(await connector.matchDataPoints(subject, points)))
      merged[name] = (merged[name] ?? false) || ok;
  }
  const matched = Object.values(merged).filter(Boolean).length;
  const required = requiredDataPoints(request.type);
  const result = { required, points: merged, matched, sufficient: matched >= required };
  const declaration: DeclarationResult | Record<string, never> =
    p.declarationSigned === undefined
      ? {}
      : { declarationRequired: declarationRequired(request.type), declarationSigned: p.declarationSigned };
  await db().transaction((tx) =>
    appendAudit(tx, {
      actor: { type: "subject" },
      action: "request.data_points_matched",
      requestId: request.id,
      payload: { ...result, ...declaration },
    }),
  );
  return result;
}
