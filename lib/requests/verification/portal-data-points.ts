import { regimeForResidence } from "@/lib/domain/deadline";
import type { RequestType } from "@/lib/domain/vocabulary";
import { log } from "@/lib/log";
import { matchRequestDataPoints, type DataPointResult, type DataPoints } from "./match-data-points";

export const DATA_POINT_NAMES = ["lastName", "phone", "postcode", "orderNumber"] as const;

/**
 * Whether the portal asks data points for this request: a California resident's right to know (access,
 * portability) or to delete (11 CCR § 7062(b)-(d)). The other regimes verify by e-mail only.
 */
export function portalAsksDataPoints(type: string, jurisdiction: string | undefined): boolean {
  return (
    regimeForResidence(jurisdiction ?? "") === "CCPA" &&
    (type === "access" || type === "portability" || type === "erasure")
  );
}

/**
 * After the portal filed the request: matches the points the person gave against every system that can
 * answer (matchRequestDataPoints: result audited `request.data_points_matched`, shown on the staff
 * timeline). A connector failing does not undo the filing: the request stands and staff verify by hand.
 */
export async function matchPortalDataPoints(p: {
  requestId: string;
  type: RequestType;
  jurisdiction: string | undefined;
  points: DataPoints;
  /** The declaration under penalty of perjury the form asks for specific pieces (11 CCR § 7062(c)). */
  declarationSigned?: boolean;
}): Promise<DataPointResult | null> {
  if (!portalAsksDataPoints(p.type, p.jurisdiction)) return null;
  if (!Object.values(p.points).some((v) => typeof v === "string" && v.trim() !== "")) return null;
  try {
    return await matchRequestDataPoints({
      requestId: p.requestId,
      points: p.points,
      declarationSigned: p.declarationSigned,
    });
  } catch (error) {
    log.warn({ err: error, requestId: p.requestId }, "data points could not be matched");
    return null;
  }
}
