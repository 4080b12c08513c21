import type { TextInLanguages } from "./text-in-languages";

/**
 * What the fulfilment engine did, for the completion mail. Tables are technical names ("shop.customers"), shown by
 * their title in the reader's language when the system gave one ("Vos commandes (Demo Shop)"), else humanised
 * ("Customers (Demo Shop)"); availableUntil is "YYYY-MM-DD"; recipientsNotified are the recipients told
 * under Art. 19 GDPR.
 */
export type CompletionResult =
  | { kind: "package"; availableUntil: string; maxDownloads: number; excludedRecords: number }
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
  | { kind: "objection"; systems: string[] };
