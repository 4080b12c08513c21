import type { LocalDate } from "./local-date";
import type { PauseInput, PauseSpan } from "./pauses";
import type { Period, RegimeCode } from "./regimes";
import type { NonWorkingDay } from "./working-days";

export type JurisdictionCode = string; // 'FR' | 'GB' | 'US-CA' | ...

export interface DeadlineInput {
  /**
   * The requester's residence (FR, DE, GB, US-CA, …): picks the regime. Without `controller`, also the
   * controller's establishment (the CLI's historical meaning: the country whose law and calendar apply).
   */
  jurisdiction: string;
  /** The controller's establishment: its time zone and (per regime, see rollCalendar) its public holidays. */
  controller?: string;
  receivedAt: Date;
  extended?: boolean;
  pauses?: PauseInput[];
  /** Up to when a still-running pause (to = null) is counted; defaults to now. */
  asOf?: Date;
  /** The controller's time zone, when it differs from its establishment's default zone. */
  timeZone?: string;
  /**
   * When the identity information the controller asked for (the verification it sent) was received; null or
   * absent when none was asked for. Only a regime whose clock starts at identity uses it (UK GDPR Art. 12A(2)(b)).
   */
  identityReceivedAt?: Date | null;
  /** The request type: opt-outs of sale/sharing and limits on sensitive data have their own 15-business-day clock. */
  requestType?: string;
}

export interface DeadlineResult {
  regime: RegimeCode;
  /** The requester's residence. */
  jurisdiction: string;
  /** The controller's establishment. */
  controller: string;
  /** The controller's time zone: the receipt date and "today" are local dates there. */
  timeZone: string;
  /** Whose public holidays move a period's end (null: calendar days only). */
  holidayCalendar: string | null;
  receivedDate: LocalDate;
  /** The local date the period runs from: the receipt, or the receipt of the identity information (UK). */
  clockStartDate: LocalDate;
  firstDueDate: LocalDate;
  extendedDueDate: LocalDate | null;
  /** = extendedDueDate when input.extended, else firstDueDate. */
  dueDate: LocalDate;
  extensionNoticeBy: LocalDate | null;
  /**
   * The last day to tell the person we will not act on the request, with the reasons: the refusal limit where the
   * law sets one apart (GDPR Art. 12(4), the US state laws; never moved by an extension), else the due date.
   */
  refusalDueDate: LocalDate;
  /** The provision that sets refusalDueDate apart from the deadline; null where a refusal is simply the response. */
  refusalCite: { en: string; fr: string } | null;
  acknowledgeBy: LocalDate | null;
  clockStopAllowed: boolean;
  pausedDays: number;
  explanation: { en: string[]; fr: string[] };
}

export type DeadlineKind = "first" | "extended";

/** One step of the computation, rendered to words by explain.ts. */
export type ExplanationStep =
  | {
      kind: "received";
      date: LocalDate;
      timeZone: string;
      /** UK GDPR: the month begins with the day of receipt (Art. 12A) and ends on the corresponding date (ICO). */
      receiptDayBegins?: boolean;
      /** A period of 0 days (the LGPD's simplified confirmation): no day is counted at all. */
      sameDay?: boolean;
    }
  /** ukGdpr: Art. 12A(2); otherwise the LGPD's confirmation, answered from the e-mail confirmation (product decision). */
  | { kind: "clockStart"; date: LocalDate; ukGdpr?: boolean }
  | { kind: "holidays"; of: string; controller: string; productDecision: boolean }
  | {
      kind: "period";
      deadline: DeadlineKind;
      period: Period;
      date: LocalDate;
      clamped: boolean;
      /** Counted from the identity confirmation (UK Art. 12A(2)) rather than from the receipt. */
      fromIdentity?: boolean;
    }
  | {
      kind: "pauseSpans";
      spans: PauseSpan[];
      asOf: LocalDate;
      /** UK GDPR Art. 12A: each span counts its first and last day. */
      bothDays?: boolean;
    }
  | { kind: "pausesAdded"; deadline: DeadlineKind; days: number; date: LocalDate }
  | { kind: "pausesIgnored"; regime: RegimeCode; accessOnly?: boolean }
  | { kind: "rolled"; deadline: DeadlineKind; skipped: NonWorkingDay[]; date: LocalDate }
  | { kind: "workingDay"; deadline: DeadlineKind; date: LocalDate }
  | { kind: "calendarDays"; productDecision: boolean }
  | { kind: "extensionNotice"; by: LocalDate }
  | {
      kind: "noExtension";
      regime: RegimeCode;
      /**
       * nFADP: whether the ordinance sets this period (access, art. 18(1) OPDo; portability by art. 22 OPDo) or
       * the 30 days are our own commitment (the art. 32 nFADP claims have none). Absent elsewhere.
       */
      statutory?: boolean;
    }
  | { kind: "acknowledge"; by: LocalDate; businessDays: number; skipped: NonWorkingDay[] }
  | {
      kind: "refusalLimit";
      date: LocalDate;
      period: Period;
      cite: { en: string; fr: string };
      /** Counted from the identity confirmation (UK Art. 12A(2)) rather than from the receipt. */
      fromIdentity: boolean;
      /** The request is extended: say that the extension leaves this limit where it is. */
      extended: boolean;
    }
  | { kind: "optOut"; by: LocalDate; businessDays: number; skipped: NonWorkingDay[] }
  | { kind: "due"; deadline: DeadlineKind; date: LocalDate };
