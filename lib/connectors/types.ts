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
}

export interface Connector {
  key: string;
  capabilities: ConnectorCapabilities;
  collect(subject: SubjectIdentity): Promise<RecordSet[]>;
}
