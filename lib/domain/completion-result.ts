/**
 * What the fulfilment engine did, for the completion mail. Tables are technical names ("shop.customers"), shown
 * humanised ("Customers (Demo Shop)"); availableUntil is "YYYY-MM-DD"; recipientsNotified are the recipients told
 * under Art. 19 GDPR.
 */
export type CompletionResult =
  | { kind: "package"; availableUntil: string; maxDownloads: number; excludedRecords: number }
  | {
      kind: "erasure";
      erased: { system: string; table: string; action: "delete" | "anonymise"; rows: number }[];
      kept: { system: string; table: string; rows: number; exemption: string; reason: string }[];
      recipientsNotified: string[];
    }
  | {
      kind: "rectification";
      changed: { system: string; field: string; value: string | null }[];
      recipientsNotified: string[];
    }
  | { kind: "restriction"; systems: string[]; recipientsNotified: string[] }
  | { kind: "objection"; systems: string[] };
