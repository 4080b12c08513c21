import { emailIndexes, nameSearchIndexes } from "@/lib/crypto/env-keys";
import type { QueueFilters } from "@/lib/db/queries/queue";

const REFERENCE = /^[a-z]{2,6}-\d{4}-\d{3,}$/i;

/**
 * The queue's search box: an e-mail (contains "@") by its blind index, a reference (DSR-2026-000123)
 * exactly, anything else as a subject name by the name index (every token must match, so "Élodie"
 * and "elodie dupont" both find Élodie Dupont). E-mail and name search are for roles that may see subject
 * data: for the others (managers) the text is read as a reference, so a hit or a miss on an address or a name
 * cannot tell them whether that person wrote to us (QA F12).
 */
export function queueSearchFilters(
  q: string | undefined,
  opts: { subjectSearch: boolean },
): Pick<QueueFilters, "emailBidx" | "reference" | "nameTokens"> {
  if (!q) return {};
  if (REFERENCE.test(q) || !opts.subjectSearch) return { reference: q.toUpperCase() };
  if (q.includes("@")) return { emailBidx: emailIndexes(q) };
  return { nameTokens: nameSearchIndexes(q) };
}
