import type { CompletionResult } from "./completion-result";

/**
 * A request completed with part of it refused: an erasure that kept records under an exception, an
 * access/portability package from which records were withheld, or a rectification of which some of the
 * corrections asked for were declined (with a reason) at the review. US state laws let the consumer appeal
 * "a decision not to take action" on a request, in whole or in part (e.g. Va. Code § 59.1-577(C)); the
 * request row keeps which kind (`requests.partial_refusal`) so the status page and the mail offer the appeal.
 */
export type PartialRefusal = "erasure_kept" | "access_withheld" | "rectification_declined";

export function partialRefusalOf(result: CompletionResult | null | undefined): PartialRefusal | null {
  if (!result) return null;
  if (result.kind === "erasure" && result.kept.some((k) => k.rows > 0)) return "erasure_kept";
  if (result.kind === "package" && result.excludedRecords > 0) return "access_withheld";
  if (result.kind === "rectification" && (result.declined?.length ?? 0) > 0) return "rectification_declined";
  return null;
}
