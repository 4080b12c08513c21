import type { UsStateCode } from "./types";

/**
 * Where each state that grants it sets the right to question the result of profiling (its record's `rights`
 * lists "question_profiling"). What the answer must hold:
 * - Minnesota, § 325M.14, subd. 1(g) (read, revisor.mn.gov): "the right to question the result of the profiling, to
 *   be informed of the reason that the profiling resulted in the decision, and, if feasible, to be informed of what
 *   actions the consumer might have taken to secure a different decision and the actions that the consumer might take
 *   to secure a different decision in the future. The consumer has the right to review the consumer's personal data
 *   used in the profiling. If the decision is determined to have been based upon inaccurate personal data, … the
 *   right to have the data corrected and the profiling decision reevaluated based upon the corrected data."
 * - Connecticut, § 42-518(a)(6) as amended by PA 25-113 (from 1 July 2026): question the result, be informed of the
 *   reason, review the data used; re-evaluation after correction only for decisions concerning housing. Read from
 *   notes quoting the enrolled act, not from the act itself (the state's record lists it as unconfirmed).
 */
export const PROFILING_QUESTION_CITES: Partial<Record<UsStateCode, string>> = {
  MN: "Minn. Stat. § 325M.14, subd. 1(g)",
  CT: "Conn. Gen. Stat. § 42-518(a)(6)",
};
