import { emailIndexes, nameSearchIndexes } from "@/lib/crypto/env-keys";
import type { QueueFilters } from "@/lib/db/queries/queue";

const REFERENCE = /^[a-z]{2,6}-\d{4}-\d{3,}$/i;

/**
 * The queue's search box: an e-mail (contains "@") by its blind index, a reference (DSR-2026-000123)
 * exactly, anything else as a subject name by the name index (every token must match, so "Élodie"
 * and "elodie dupont" both find Élodie Dupont). Name search is for roles that may see subject data.
 */
export function queueSearchFilters(
  q: string | undefined,
  opts: { nameSearch: boolean },
): Pick<QueueFilters, "emailBidx" | "reference" | "nameTokens"> {
  if (!q) return {};
  if (q.includes("@")) return { emailBidx: emailIndexes(q) };
  if (REFERENCE.test(q) || !opts.nameSearch) return { reference: q.toUpperCase() };
  return { nameTokens: nameSearchIndexes(q) };
}
