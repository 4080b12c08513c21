import type { Authority } from "../regime-texts";

/** Who the subject can complain to, resolved before the texts are written (pure: no env here). */
export interface ComplaintContext {
  /** The controller's configured lead supervisory authority (GDPR only). */
  lead: Authority;
  /** The resident's own member-state authority when it differs from the lead one (Art. 77 GDPR). */
  resident: Authority | null;
}

/**
 * Everything a subject-facing text says about the law, in the requester's regime and language. Each
 * sentence names that regime's own provisions and authority, never another's (regime-notices.test.ts).
 */
export interface RegimeNotices {
  /** The law's name as the subject reads it ("the GDPR", "le RGPD", "PIPEDA", "la LPRPDE"). */
  law: string;
  /** The time limit and the provision that sets it (acknowledgement, status page). */
  timeLimit: string;
  /** The grounds on which the time limit may be extended, or that it cannot be; with the provision. */
  extensionGrounds: string;
  /** How long the extension is, for "we extended the time limit by …"; null: none exists. */
  extensionLength: string | null;
  /** PIPEDA s. 8(5): silence past the time limit counts as a refusal. Null elsewhere. */
  silence: string | null;
  /**
   * PIPEDA s. 8(5), said once the time limit has passed without our answer (QA F19): the request is now deemed
   * refused by law, the complaint to the Commissioner (s. 11) is open, and we still answer. Absent elsewhere.
   */
  deemedRefused?: string;
  /** Said when we ask a question: whether (and under which provision) the clock stops while we wait. */
  clock: { stopped: string; running: string };
  /** The complaint route(s): authority, its site, the provision; GDPR adds the resident's own authority. */
  complaint: string[];
  /** The judicial remedy, or null. */
  judicialRemedy: string | null;
  /** UK s. 164A DPA 2018: a complaint to the controller first, from the status page. Null elsewhere. */
  controllerComplaint: string | null;
  /** What the refusal must carry, said in advance on the status page. */
  refusalRights: string;
  /** Provision for data kept despite an erasure request ("Art. 17(3) GDPR"). */
  erasureExemption: string;
  /**
   * Whether the exemption label recorded on a legal hold (written in GDPR terms in the dataset files, e.g.
   * "Art. 17(3)(b) GDPR") may be quoted to this subject; elsewhere only the reason and `erasureExemption` are.
   */
  quoteRecordedExemption: boolean;
  /** Provision obliging us to tell recipients of a change, or null (then no provision is named). */
  recipientsProvision: string | null;
  /** Provision requiring notice before a restriction is lifted, or null. */
  restrictionLiftProvision: string | null;
  /** nFADP: the provision under which we tell the person a new date (art. 18 al. 2 OPDo). Null elsewhere. */
  newDateProvision: string | null;
  /**
   * UK GDPR Art. 15(1A) (inserted by the Data (Use and Access) Act 2025): an access answer covers what a
   * reasonable and proportionate search found; said with the access package. Absent elsewhere.
   */
  searchScope?: string;
  /** US states: the appeal of a refusal (its provision, decision time, the Attorney General). Absent elsewhere. */
  appeal?: string | null;
}
