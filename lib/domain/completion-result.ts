import { localDateOf, requestTimeZone, type RequestCalendar } from "./deadline";
import type { TextInLanguages } from "./text-in-languages";

/**
 * Until when a package can be downloaded: its last local day in the controller's zone and, on results written
 * since, the instant and that zone, which the mails print as "31 December 2026 at 20:00 (America/Los_Angeles)",
 * as the status page does (older rows carry the date only).
 */
export interface PackageWindow {
  availableUntil: string;
  availableUntilAt?: string;
  timeZone?: string;
}

export function packageWindow(expiresAt: Date, request: RequestCalendar): Required<PackageWindow> {
  const timeZone = requestTimeZone(request);
  return { availableUntil: localDateOf(expiresAt, timeZone), availableUntilAt: expiresAt.toISOString(), timeZone };
}

/**
 * What the fulfilment engine did, for the completion mail. Tables are technical names ("shop.customers"), shown by
 * their title in the reader's language when the system gave one ("Vos commandes (Demo Shop)"), else humanised
 * ("Customers (Demo Shop)"); availableUntil is "YYYY-MM-DD"; recipientsNotified are the recipients told
 * under Art. 19 GDPR.
 */
/** How a profiling decision questioned came out (Minn. Stat. § 325M.14, subd. 1(g)). */
export const REEVALUATIONS = ["data_accurate", "corrected_same", "corrected_changed"] as const;
export type Reevaluation = (typeof REEVALUATIONS)[number];

/**
 * Staff's answer to a profiling decision questioned: the reason the profiling led to it, what could lead to another
 * (only "if feasible": null when not), and whether the data used was corrected and the decision re-evaluated.
 */
export interface ProfilingAnswer {
  reason: string;
  howToChange: string | null;
  reevaluation: Reevaluation;
}

export type CompletionResult =
  | ({ kind: "package"; maxDownloads: number; excludedRecords: number; answer?: ProfilingAnswer } & PackageWindow)
  | ({ kind: "profiling_answer" } & ProfilingAnswer)
  | {
      kind: "erasure";
      erased: {
        system: string;
        table: string;
        title?: TextInLanguages;
        action: "delete" | "anonymise";
        rows: number;
      }[];
      kept: {
        system: string;
        table: string;
        title?: TextInLanguages;
        rows: number;
        exemption: TextInLanguages;
        reason: TextInLanguages;
      }[];
      recipientsNotified: string[];
    }
  | {
      kind: "rectification";
      changed: { system: string; field: string; value: string | null }[];
      /** Corrections the subject asked for that staff declined at the review, each with the reason given. */
      declined?: { field: string; reason: string }[];
      recipientsNotified: string[];
    }
  | { kind: "restriction"; systems: string[]; recipientsNotified: string[] }
  | { kind: "objection"; systems: string[] }
  // LGPD art. 19 I: whether any system holds personal data about the person (the request's own record aside).
  | { kind: "confirmation"; processed: boolean };
