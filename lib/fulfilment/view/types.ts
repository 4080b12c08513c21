import type { ErasureTableAction } from "@/lib/connectors/types";
import type { PackageExclusion } from "@/lib/db/queries/exports";
import type { RequestRow } from "@/lib/db/queries/requests";
import type { TaskRow } from "@/lib/db/queries/tasks";
import type { RegimeCode } from "@/lib/domain/deadline/regimes";
import type { StaffRole } from "@/lib/domain/vocabulary";
import type { GateOperation } from "@/lib/fulfilment/engine/plan";
import type { SkipMarker, TypedSummary } from "@/lib/fulfilment/step-results/summaries";

/** The read model of the fulfilment panel: data only; the words are the page's (app/…/fulfilment-copy.ts). */

/** Who looks at the workspace (the session's id and role are all the policy needs). */
export interface ViewingStaff {
  id: string;
  role: StaffRole;
}

export type TaskStatus = TaskRow["status"];
export type PhaseStatus = "pending" | "running" | "waiting" | "failed" | "done";

/** What a step found or did, without personal data (a person's note only for roles that see subject details). */
export type StepOutcomeView =
  | { kind: "none" }
  | { kind: "skipped"; marker: SkipMarker | null }
  | { kind: "done_by_hand"; by: string | null; note: string | null }
  | ({ kind: "done"; by: string | null; note: string | null } & TypedSummary)
  | { kind: "unreadable"; error: string };

/** One step as the workspace shows it, plus manual-task facts. */
export interface StepView {
  id: string;
  operation: string;
  position: number;
  systemId: string | null;
  /** The system's name, or null for an engine step (assemble, gates, completion). */
  systemName: string | null;
  status: TaskStatus;
  attempts: number;
  lastError: string | null;
  outcome: StepOutcomeView;
  /** A person must act in a system without an API (manual connector), now. */
  manualTask: boolean;
  /** A remote system (webhook) has the step and calls back when done. */
  waitingForSystem: boolean;
  assigneeName: string | null;
  instructions: string | null;
  dueAt: Date | null;
  completedByName: string | null;
  finishedAt: Date | null;
  /** A manual system's correction task: the approved values to type in (only for roles that see subject details). */
  changesToApply: { field: string; value: string | null }[] | null;
}

export interface PhaseView {
  position: number;
  operation: string;
  perSystem: boolean;
  status: PhaseStatus;
  steps: StepView[];
}

export interface Progress {
  /** 1-based index of the current position among the distinct positions (= total once finished). */
  current: number;
  total: number;
  /** The current position's operation; null once finished. */
  operation: string | null;
  finished: boolean;
}

export type StatusCounts = Record<TaskStatus, number> & { total: number };

export interface ErasurePlanView {
  systemId: string;
  systemName: string;
  /** Discovery has not finished (or failed) in this system: its plan is not known yet. */
  known: boolean;
  actions: ErasureTableAction[];
}

export interface PackageView {
  exportId: string;
  sizeBytes: number;
  approved: boolean;
  sets: { name: string; records: number }[];
  totalRecords: number;
  exclusions: PackageExclusion[];
}

/** One rectifiable field a system reported (options of the approval form). */
export interface RectifiableField {
  key: string; // systemId|table|field
  systemId: string;
  systemName: string;
  table: string;
  field: string;
  /** The current values found (several when the subject has several rows, e.g. addresses). */
  current: (string | null)[];
}

export interface RectificationRow {
  proposedField: string;
  statedCurrent: string | null;
  proposedValue: string;
  /** The field key guessed from the subject's wording, or "" when nothing matches. */
  target: string;
}

export interface RectificationView {
  fields: RectifiableField[];
  rows: RectificationRow[];
}

export interface FulfilmentRights {
  review: boolean;
  approveErasure: boolean;
  retry: boolean;
  task: boolean;
  lift: boolean;
  viewSubject: boolean;
}

/** A restriction lift announced to the subject that has not run yet (Art. 18(3) notice period). */
export interface LiftSchedule {
  /** The date the notice named, in the controller's calendar. */
  liftOn: string | null;
  /** When the lift may run; null until SMTP has accepted the notice. */
  notBefore: Date | null;
  /** The controller's time zone, in which liftOn is a date. */
  timeZone: string;
}

export interface FulfilmentView {
  requestId: string;
  requestType: RequestRow["type"];
  /** The requester's regime: which law's provisions the panel may cite (GDPR Art. 19 only under the GDPRs). */
  regime: RegimeCode;
  requestStatus: RequestRow["status"];
  phases: PhaseView[];
  progress: Progress | null;
  counts: StatusCounts;
  /** Work started and the plan job has not written the steps yet: the panel waits for them. */
  planning: boolean;
  /** Steps are queued or running, or about to be planned: the panel refreshes itself. */
  live: boolean;
  /** Only remote systems are working (webhook callbacks): refresh, but slowly. */
  waitingOnSystems: boolean;
  /** Changes whenever a step or the request changes: the live panel compares it to know when to refresh. */
  signature: string;
  failed: StepView[];
  /** The review gate waiting for a person now, if any. */
  gate: { operation: GateOperation; taskId: string; assigneeName: string | null } | null;
  package: PackageView | null;
  erasurePlan: ErasurePlanView[] | null;
  erasureApproval: { by: string | null; at: Date | null; note: string | null } | null;
  /**
   * Subject values for the rectification gate: only for roles that may see subject details. Whoever
   * renders them records the view (recordFulfilmentDataViewed).
   */
  rectification: RectificationView | null;
  /** Counts of approved changes once the gate has passed (the values are encrypted, not shown here). */
  approvedChanges: number | null;
  lift: { possible: boolean; started: boolean; scheduled: LiftSchedule | null };
  may: FulfilmentRights;
}

export interface PreviewSet {
  name: string;
  category: string;
  columns: string[];
  total: number;
  /** The first rows, with their index in the set (the index an exclusion names). */
  rows: { index: number; values: Record<string, string> }[];
}
