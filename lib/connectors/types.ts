import type { TextInLanguages } from "@/lib/domain/text-in-languages";
/** What every connector can say about one data subject, and what it supports. */
export interface SubjectIdentity {
  email: string;
  accountReference?: string | null;
}

export interface RecordSet {
  /** e.g. `shop.orders` */
  name: string;
  category: string;
  /** Whether the subject provided these records (portability covers only those). */
  providedBySubject: boolean;
  columns: string[];
  rows: Record<string, unknown>[];
}

export type ErasureStrategy = "delete" | "null" | "hash" | "keep" | { fixed: string };

export interface ConnectorCapabilities {
  collect: boolean;
  erase: boolean;
  rectify: boolean;
  restrict: boolean;
  stopMarketing: boolean;
  /** CCPA opt-outs (optional so systems registered before them read as unable). */
  optOutSale?: boolean;
  limitSensitive?: boolean;
  /** The state laws' opt-outs (targeted advertising, profiling; Utah's and Iowa's sensitive data). */
  optOutTargetedAds?: boolean;
  optOutProfiling?: boolean;
  optOutSensitive?: boolean;
}

export const CAPABILITY_NAMES = [
  "collect",
  "erase",
  "rectify",
  "restrict",
  "stopMarketing",
  "optOutSale",
  "limitSensitive",
  "optOutTargetedAds",
  "optOutProfiling",
  "optOutSensitive",
] as const satisfies readonly (keyof ConnectorCapabilities)[];

/**
 * The operations the fulfilment engine asks a system to carry out. Each is one persisted step
 * (`request_tasks`) and must be safe to run twice.
 */
export const CONNECTOR_OPERATIONS = [
  "collect", // find and export the subject's records → RecordSet[]
  "discover", // erasure plan: per table, delete / anonymise / retain with exemption → ErasureTableAction[]
  "erase", // carry out the approved plan, then re-discover to prove nothing erasable is left
  "read_current", // rectification: current values of the rectifiable fields → CurrentValue[]
  "rectify", // apply approved changes (input: RectificationChange[])
  "restrict", // set the restriction flag
  "lift_restriction", // clear it (only after the subject was told, Art. 18(3))
  "stop_marketing", // direct-marketing objection: opt out everywhere at once
  "opt_out_sale", // CCPA § 1798.120: record "do not sell or share" (no verification, 15 business days)
  "limit_sensitive", // CCPA § 1798.121: record "limit the use of sensitive personal information"
  "opt_out_targeted_ads", // state laws (e.g. Va. Code § 59.1-577(A)(5)(i)): no processing for targeted advertising
  "opt_out_profiling", // state laws (e.g. § 59.1-577(A)(5)(iii)): no profiling for significant decisions
  "opt_out_sensitive", // Utah Code § 13-61-302(3), Iowa Code § 715D.4(2): no processing of sensitive data
] as const;
export type ConnectorOperation = (typeof CONNECTOR_OPERATIONS)[number];

/** Which capability an operation needs. */
export const OPERATION_CAPABILITY: Record<ConnectorOperation, keyof ConnectorCapabilities> = {
  collect: "collect",
  discover: "erase",
  erase: "erase",
  read_current: "rectify",
  rectify: "rectify",
  restrict: "restrict",
  lift_restriction: "restrict",
  stop_marketing: "stopMarketing",
  opt_out_sale: "optOutSale",
  limit_sensitive: "limitSensitive",
  opt_out_targeted_ads: "optOutTargetedAds",
  opt_out_profiling: "optOutProfiling",
  opt_out_sensitive: "optOutSensitive",
};

/** One line of an erasure plan or result, without personal data (shown to the DPO, mailed to the subject). */
export interface ErasureTableAction {
  table: string;
  action: "delete" | "anonymise" | "retain";
  rows: number;
  fields?: string[];
  /** The legal ground and reason for keeping the rows, in one text or one per language. */
  exemption?: TextInLanguages;
  reason?: TextInLanguages;
  /** The table's name for people ("Your orders"), when the system gives one; else the name is humanised. */
  title?: TextInLanguages;
}

export interface CurrentValue {
  table: string;
  field: string;
  value: string | null;
}

export interface RectificationChange {
  table: string;
  field: string;
  value: string | null;
}

export interface StepInput {
  requestId: string;
  reference: string;
  taskId: string;
  subject: SubjectIdentity;
  /** Operation-specific input decided earlier in the plan (approved erasure plan, approved changes). */
  input?: unknown;
}

/**
 * A connector either answers at once (`done`, with a summary free of personal data and an optional
 * `detail` that may hold personal data and is stored encrypted) or later (`waiting`: a webhook that
 * calls back, a manual task a person completes).
 */
export type StepOutcome =
  | { status: "done"; summary: Record<string, unknown>; detail?: unknown }
  | { status: "waiting"; summary?: Record<string, unknown> };

export interface ConnectionTestResult {
  ok: boolean;
  message: string;
}

/** A registered system (a `data_systems` row) made runnable. */
export interface Connector {
  kind: "postgres" | "webhook" | "manual";
  capabilities: ConnectorCapabilities;
  run(operation: ConnectorOperation, step: StepInput): Promise<StepOutcome>;
  /**
   * "Does this match?" (11 CCR § 7062): per data point given, whether the subject's records hold that
   * value — an answer per point, never the stored value. Absent: the system cannot answer.
   */
  matchDataPoints?(subject: SubjectIdentity, points: Record<string, string>): Promise<Record<string, boolean>>;
  test(): Promise<ConnectionTestResult>;
}

/** The row fields a connector factory needs (what lib/db/queries/data-systems.ts reads). */
export interface SystemRecord {
  id: string;
  key: string;
  name: string;
  kind: string;
  enabled: boolean;
  config: unknown;
  /**
   * The webhook's shared secret, decrypted on demand by the data-systems accessor (a system whose
   * secret cannot be read still lists and plans); throws when the system has none.
   */
  secret: () => string;
}
