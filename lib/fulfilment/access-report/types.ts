import type { RegimeCode } from "@/lib/domain/deadline/regimes";
import type { Locale } from "@/lib/domain/locale";
import type { LegalBasis, RegisterTransfer } from "@/lib/domain/register";
import type { Authority } from "@/lib/domain/regime-texts";

export type LocalText = Record<Locale, string>;
export type ValueFormat = "date" | "datetime" | "money_cents" | "boolean";

/**
 * What the report needs of one record set. It never needs all the rows: the count, and at most a few
 * example rows (EXAMPLE_ROWS) to show the fields with their values, so a streamed package can append
 * the report after the data.
 */
export interface ReportRecordSet {
  /** The system's name as the register gives it. */
  system: string;
  name: string;
  category: string;
  columns: string[];
  rowCount: number;
  examples?: Record<string, unknown>[];
  /** From the dataset config: the set's title and each column's label, per language. */
  title?: LocalText;
  labels?: Record<string, LocalText>;
  formats?: Record<string, ValueFormat>;
}

export const EXAMPLE_ROWS = 3;

/** One system's processing-register facts, as the report quotes them (Art. 15(1)(a)-(h), 15(2)). */
export interface ReportSystem {
  name: string;
  purposes: string[];
  categories: string[];
  /** Recipient names. */
  recipients: string[];
  retention: string | null;
  source: string | null;
  legalBases: LegalBasis[];
  automatedDecisions: string | null;
  transfers: RegisterTransfer[];
}

export interface AccessReportInput {
  locale: Locale;
  regime: RegimeCode;
  company: string;
  reference: string;
  /** When the package is built (the report's date). */
  generatedAt: Date;
  /** Time zone dates and times are shown in (the controller's). */
  timeZone: string;
  sets: ReportRecordSet[];
  /** Every enabled system's facts; the report keeps those that hold records of this person. */
  systems: ReportSystem[];
  /** The lead supervisory authority (GDPR); other regimes name their own. */
  leadAuthority: Authority;
  /** The controller's establishment (CONTROLLER_COUNTRY): the area its registered transfers leave. */
  controllerCountry: string;
  /** How to reach the controller (nFADP art. 25(2)(a): its identity and contact details). */
  controllerContact: { address: string | null; contact: string };
}

/** The report as a document both the HTML and the plain-text summary are written from. */
export type Block =
  | { kind: "h2" | "h3" | "h4"; text: string }
  | { kind: "p"; text: string }
  | { kind: "ul"; items: string[] }
  | { kind: "facts"; rows: [string, string][] }
  | { kind: "record"; title: string; rows: [string, string][] };

export interface ReportDocument {
  lang: Locale;
  title: string;
  blocks: Block[];
}
