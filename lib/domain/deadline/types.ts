import type { LocalDate } from "./local-date";
import type { PauseInput, PauseSpan } from "./pauses";
import type { Period, RegimeCode } from "./regimes";
import type { NonWorkingDay } from "./working-days";

export type JurisdictionCode = string; // 'FR' | 'GB' | 'US-CA' | ...

export interface DeadlineInput {
  jurisdiction: string;
  receivedAt: Date;
  extended?: boolean;
  pauses?: PauseInput[];
  /** Up to when a still-running pause (to = null) is counted; defaults to now. */
  asOf?: Date;
  /** Overrides the jurisdiction's default controller time zone. */
  timeZone?: string;
}

export interface DeadlineResult {
  regime: RegimeCode;
  jurisdiction: string;
  timeZone: string;
  receivedDate: LocalDate;
  firstDueDate: LocalDate;
  extendedDueDate: LocalDate | null;
  /** = extendedDueDate when input.extended, else firstDueDate. */
  dueDate: LocalDate;
  extensionNoticeBy: LocalDate | null;
  acknowledgeBy: LocalDate | null;
  clockStopAllowed: boolean;
  pausedDays: number;
  explanation: { en: string[]; fr: string[] };
}

export type DeadlineKind = "first" | "extended";

/** One step of the computation, rendered to words by explain.ts. */
export type ExplanationStep =
  | { kind: "received"; date: LocalDate; timeZone: string }
  | { kind: "period"; deadline: DeadlineKind; period: Period; date: LocalDate; clamped: boolean }
  | { kind: "pauseSpans"; spans: PauseSpan[]; asOf: LocalDate }
  | { kind: "pausesAdded"; deadline: DeadlineKind; days: number; date: LocalDate }
  | { kind: "pausesIgnored"; regime: RegimeCode }
  | { kind: "rolled"; deadline: DeadlineKind; skipped: NonWorkingDay[]; date: LocalDate }
  | { kind: "workingDay"; deadline: DeadlineKind; date: LocalDate }
  | { kind: "calendarDays"; productDecision: boolean }
  | { kind: "extensionNotice"; by: LocalDate }
  | { kind: "noExtension"; regime: RegimeCode }
  | { kind: "acknowledge"; by: LocalDate; businessDays: number }
  | { kind: "due"; deadline: DeadlineKind; date: LocalDate };
