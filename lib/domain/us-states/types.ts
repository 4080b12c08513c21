/**
 * One US state's comprehensive privacy law as data. Every value carries the section that sets it
 * (`cite`), so a reviewer can check the code against the statute; values we could not confirm against
 * the statute text are listed in `unconfirmed` (issue 13 asks for that list).
 */

/** The states with a comprehensive consumer privacy law, besides California (its own CCPA regime). */
export const US_STATE_CODES = [
  "VA",
  "CO",
  "CT",
  "UT",
  "IA",
  "OR",
  "TX",
  "MT",
  "DE",
  "NH",
  "NJ",
  "TN",
  "MN",
  "MD",
  "IN",
  "KY",
  "RI",
  "NE",
] as const;
export type UsStateCode = (typeof US_STATE_CODES)[number];
export type UsStateRegimeCode = `US_${UsStateCode}`;

/**
 * Every right a regime may grant. The first six are the request types the product files today; the
 * others are rights the US laws add (the opt-out request types plug into these keys).
 */
export const RIGHT_KEYS = [
  "access",
  "rectification",
  "erasure",
  "portability",
  "restriction",
  "objection",
  "opt_out_sale",
  "opt_out_targeted_ads",
  "opt_out_profiling",
  "limit_sensitive",
  // Utah Code § 13-61-302(3), Iowa Code § 715D.4(2): sensitive data processed only after notice and an
  // opportunity to opt out (the other states ask opt-in consent instead, so no request type there).
  "opt_out_sensitive",
  "third_party_list",
  "question_profiling",
  "appeal",
  // LGPD art. 18 I: confirmation of the existence of processing (lib/domain/rights.ts).
  "confirmation",
] as const;
export type RightKey = (typeof RIGHT_KEYS)[number];

export interface Cited<T> {
  value: T;
  /** The section of the statute (or rule) that sets the value. */
  cite: string;
}

export interface UsStateLaw {
  state: UsStateCode;
  /** English name of the state ("Virginia"). */
  name: string;
  /** The Act's short title and its usual abbreviation. */
  law: { title: string; short: string; code: string };
  /** Calendar days to answer, from receipt. */
  respondDays: Cited<number>;
  /** Additional calendar days when reasonably necessary, once, with notice inside the first period. */
  extensionDays: Cited<number>;
  /**
   * Calendar days from receipt within which a controller that declines to act must tell the consumer why (and,
   * where the law has one, how to appeal). The extension does not move it: the laws give the extension to the
   * response period only ("If a controller declines to take action ... not later than 45 days after receipt").
   */
  refusalDays: Cited<number>;
  /**
   * Opt-outs (sale, targeted advertising, profiling): calendar days to act on one and the extension, and
   * whether the law obliges the controller to honour a universal opt-out mechanism (Global Privacy Control).
   */
  optOut: { respondDays: Cited<number>; extensionDays: Cited<number>; universalOptOut: Cited<boolean> };
  /** Null: the law grants no appeal (Utah). */
  appeal: {
    /** Days after the decision within which the consumer may appeal (null: "a reasonable period"). */
    windowDays: Cited<number | null>;
    /** Calendar days to decide an appeal, from its receipt. */
    decideDays: Cited<number>;
    /** Additional days the law allows to decide, with notice (Colorado, Minnesota, New Jersey); null: none. */
    decideExtensionDays: Cited<number> | null;
    /** True where the law says to name the Attorney General whatever the appeal's result (Colorado); else only on a denial. */
    attorneyGeneralOnAnyResult?: Cited<boolean>;
  } | null;
  /** The state Attorney General's (or enforcer's) complaint page, quoted when an appeal is denied. */
  attorneyGeneral: Cited<{ name: string; url: string }>;
  /** The rights the law grants, `appeal` included where it exists. */
  rights: Cited<readonly RightKey[]>;
  /** Months the request record must be kept; null: the law sets none (the product default applies). */
  recordMonths: Cited<number | null>;
  /** Values not confirmed against the statute text (field names), with a word on why. */
  unconfirmed: readonly string[];
}

/** A law as the laws-*.ts files write it: its refusal limit lives in refusal-days.ts and is joined in index.ts. */
export type UsStateRecord = Omit<UsStateLaw, "refusalDays">;
