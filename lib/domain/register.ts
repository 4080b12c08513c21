/**
 * Codes the processing register stores for facts the access report translates itself, rather than
 * quoting the admin's words: the Art. 6(1) legal bases and the Chapter V transfer safeguards.
 */
export const LEGAL_BASES = [
  "consent", // Art. 6(1)(a)
  "contract", // Art. 6(1)(b)
  "legal_obligation", // Art. 6(1)(c)
  "vital_interests", // Art. 6(1)(d)
  "public_task", // Art. 6(1)(e)
  "legitimate_interests", // Art. 6(1)(f)
] as const;
export type LegalBasis = (typeof LEGAL_BASES)[number];

export const TRANSFER_SAFEGUARDS = [
  "adequacy", // Art. 45 adequacy decision
  "scc", // Art. 46(2)(c) standard contractual clauses
  "bcr", // Art. 47 binding corporate rules
  "derogation", // Art. 49 derogation (e.g. explicit consent, contract performance)
  "other", // another Art. 46 safeguard, described in `detail`
] as const;
export type TransferSafeguard = (typeof TRANSFER_SAFEGUARDS)[number];

/** A transfer of the system's data to a recipient in a third country (Art. 15(1)(c) and 15(2)). */
export interface RegisterTransfer {
  /** ISO 3166-1 alpha-2, e.g. US. */
  country: string;
  recipient: string;
  safeguard: TransferSafeguard;
  /** Where a copy of the safeguard can be obtained, or what the "other" safeguard is. */
  detail?: string;
}

export const isLegalBasis = (v: unknown): v is LegalBasis => (LEGAL_BASES as readonly unknown[]).includes(v);
export const isTransferSafeguard = (v: unknown): v is TransferSafeguard =>
  (TRANSFER_SAFEGUARDS as readonly unknown[]).includes(v);
