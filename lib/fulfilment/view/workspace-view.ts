import { createHash } from "node:crypto";
import { and, desc, eq, inArray, isNull } from "drizzle-orm";
import { appendAudit } from "@/lib/audit/append";
import { can } from "@/lib/auth/policy";
import type { CurrentValue, ErasureTableAction, RecordSet } from "@/lib/connectors/types";
import { db } from "@/lib/db/client";
import { findRequest, type RequestRow } from "@/lib/db/queries/requests";
import { fulfilmentProgress } from "@/lib/db/queries/fulfilment-progress";
import { decryptTaskDetail, listTasks, taskNote, type TaskRow } from "@/lib/db/queries/tasks";
import { staffNamesById } from "@/lib/db/queries/workspace";
import { dataSystems, exports } from "@/lib/db/schema";
import { DomainError } from "@/lib/domain/errors";
import { decryptSubjectFields } from "@/lib/requests/subject-fields";
import type { StaffRole } from "@/lib/domain/vocabulary";
import { collectedSets } from "@/lib/fulfilment/engine/assemble-package";
import { isGate } from "@/lib/fulfilment/engine/plan";

/** Who looks at the workspace (the session's id and role are all the policy needs). */
export interface ViewingStaff {
  id: string;
  role: StaffRole;
}

export type TaskStatus = TaskRow["status"];
export type PhaseStatus = "pending" | "running" | "waiting" | "failed" | "done";

export const STEP_LABELS: Record<string, string> = {
  collect: "Collect data",
  assemble: "Assemble package",
  review_package: "Review package",
  discover: "Discover what to erase",
  approve_erasure: "DPO approval",
  erase: "Erase",
  notify_recipients: "Tell recipients (Art. 19)",
  complete: "Close and mail the subject",
  read_current: "Read current values",
  approve_changes: "Approve changes",
  rectify: "Correct",
  restrict: "Restrict",
  stop_marketing: "Stop marketing",
  lift_notice: "Notify subject before lifting",
  lift_restriction: "Lift restriction",
};

export const labelOf = (operation: string) => STEP_LABELS[operation] ?? operation.replaceAll("_", " ");

export interface SystemInfo {
  id: string;
  name: string;
  kind: string;
  enabled: boolean;
}

/** One step as the workspace shows it: no personal data (summaries only), plus manual-task facts. */
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
  /** What the step found or did, in words, without personal data. */
  summary: string | null;
  /** A person must act in a system without an API (manual connector), now. */
  manualTask: boolean;
  /** A remote system (webhook) has the step and calls back when done. */
  waitingForSystem: boolean;
  assigneeName: string | null;
  instructions: string | null;
  dueAt: Date | null;
  note: string | null;
  completedByName: string | null;
  finishedAt: Date | null;
  /** A manual system's correction task: the approved values to type in (only for roles that see subject details). */
  changesToApply: { field: string; value: string | null }[] | null;
}

export interface PhaseView {
  position: number;
  label: string;
  operation: string;
  perSystem: boolean;
  status: PhaseStatus;
  steps: StepView[];
}

export interface Progress {
  /** 1-based index of the current position among the distinct positions (= total once finished). */
  current: number;
  total: number;
  label: string;
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
  exclusions: { set: string; index: number; reason: string }[];
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

export interface FulfilmentView {
  requestId: string;
  requestType: RequestRow["type"];
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
  gate: {
    operation: "review_package" | "approve_erasure" | "approve_changes";
    taskId: string;
    assigneeName: string | null;
  } | null;
  package: PackageView | null;
  erasurePlan: ErasurePlanView[] | null;
  erasureApproval: { by: string | null; at: Date | null; note: string | null } | null;
  /** Subject values for the rectification gate: only for roles that may see subject details. */
  rectification: RectificationView | null;
  /** Counts of approved changes once the gate has passed (the values are encrypted, not shown here). */
  approvedChanges: number | null;
  lift: { possible: boolean; started: boolean };
  may: { review: boolean; approveErasure: boolean; retry: boolean; task: boolean; lift: boolean; viewSubject: boolean };
}

// ---------------------------------------------------------------------------------------------
// Pure parts (unit-tested)

const asRecord = (v: unknown): Record<string, unknown> =>
  v && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
const asNumberMap = (v: unknown): Record<string, number> =>
  Object.fromEntries(Object.entries(asRecord(v)).filter((e): e is [string, number] => typeof e[1] === "number"));
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const sum = (m: Record<string, number>) => Object.values(m).reduce((a, b) => a + b, 0);
const listCounts = (m: Record<string, number>) =>
  Object.entries(m)
    .map(([k, n]) => `${k} ${n}`)
    .join(" · ");

/** A step's result in words, from its summary (which never holds personal data). */
/** `note` is the decrypted note (see `taskNote`). */
export function describeStep(
  t: Pick<TaskRow, "operation" | "status" | "resultSummary" | "note">,
  names: { completedBy?: string | null } = {},
): string | null {
  const s = asRecord(t.resultSummary);
  if (typeof s.skipped === "string") return `Skipped: ${s.skipped}`;
  if (t.status === "skipped") return "Skipped";
  if (t.status !== "succeeded") return null;
  const by = names.completedBy ? ` by ${names.completedBy}` : "";
  switch (t.operation) {
    case "collect": {
      const records = asNumberMap(s.records);
      if (s.manual) return "Recorded by hand";
      return Object.keys(records).length
        ? `${plural(sum(records), "record")} — ${listCounts(records)}`
        : "No records found";
    }
    case "assemble": {
      const records = asNumberMap(s.records);
      const kb = typeof s.sizeBytes === "number" ? `, ${Math.max(1, Math.round(s.sizeBytes / 1024))} KB` : "";
      return `Package of ${plural(sum(records), "record")}${kb}`;
    }
    case "review_package": {
      const n = typeof s.excludedRecords === "number" ? s.excludedRecords : 0;
      return `Approved${by}${n ? `, ${plural(n, "record")} left out` : ", nothing left out"}`;
    }
    case "discover": {
      const plan = Array.isArray(s.plan) ? (s.plan as ErasureTableAction[]) : [];
      if (plan.length === 0) return "Nothing to erase found";
      const by = (a: string) => plan.filter((p) => p.action === a).length;
      return [
        `${plural(plan.length, "table")}`,
        by("delete") && `${by("delete")} delete`,
        by("anonymise") && `${by("anonymise")} anonymise`,
        by("retain") && `${by("retain")} kept`,
      ]
        .filter(Boolean)
        .join(", ");
    }
    case "approve_erasure":
      return `Approved${by}${t.note ? ` — ${t.note}` : ""}`;
    case "erase": {
      if (s.alreadyErased) return "Already erased; nothing erasable left";
      const executed = Array.isArray(s.executed)
        ? (s.executed as { table: string; action: string; affected: number }[])
        : [];
      const kept = sum(asNumberMap(s.retainedRowsStillPresent));
      const parts = executed.map((e) => `${e.table} ${e.action} ${e.affected}`);
      return `${parts.length ? parts.join(" · ") : "Done"}; nothing erasable left${kept ? `; ${plural(kept, "row")} kept under exemption` : ""}`;
    }
    case "notify_recipients": {
      const notified = Array.isArray(s.notified) ? (s.notified as string[]) : [];
      const without = Array.isArray(s.withoutAddress) ? (s.withoutAddress as string[]) : [];
      const parts = [notified.length ? `Notified ${notified.join(", ")}` : "No recipient to notify by mail"];
      if (without.length) parts.push(`no address, contact by hand: ${without.join(", ")}`);
      return parts.join("; ");
    }
    case "complete":
      return s.alreadyCompleted ? "Already completed" : "Request completed; the subject was mailed";
    case "read_current":
      return typeof s.fields === "number" ? `${plural(s.fields, "current value")} read` : "Read";
    case "approve_changes": {
      const n = Array.isArray(s.changes) ? s.changes.length : 0;
      return `${plural(n, "change")} approved${by}`;
    }
    case "rectify": {
      const changed = asNumberMap(s.changed);
      return Object.keys(changed).length ? `Changed ${listCounts(changed)}` : "Nothing to change in this system";
    }
    case "restrict":
      return Object.keys(asNumberMap(s.flagged)).length
        ? `Flagged ${listCounts(asNumberMap(s.flagged))}`
        : "Restricted";
    case "lift_restriction":
      return Object.keys(asNumberMap(s.lifted)).length ? `Lifted ${listCounts(asNumberMap(s.lifted))}` : "Lifted";
    case "stop_marketing":
      return Object.keys(asNumberMap(s.optedOut)).length
        ? `Opted out ${listCounts(asNumberMap(s.optedOut))}`
        : "Opted out";
    case "lift_notice":
      return "Notice to the subject queued";
    default:
      return s.manual ? "Done by hand" : "Done";
  }
}

function phaseStatus(steps: { status: TaskStatus }[]): PhaseStatus {
  const has = (s: TaskStatus) => steps.some((x) => x.status === s);
  if (has("failed")) return "failed";
  if (has("running")) return "running";
  if (has("waiting")) return "waiting";
  if (has("pending")) return "pending";
  return "done";
}

/** Steps grouped by position, in order (the engine runs one position at a time, its steps in parallel). */
export function groupPhases(steps: StepView[]): PhaseView[] {
  const byPosition = new Map<number, StepView[]>();
  for (const s of steps) byPosition.set(s.position, [...(byPosition.get(s.position) ?? []), s]);
  return [...byPosition.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([position, list]) => {
      const operation = list[0]!.operation;
      return {
        position,
        operation,
        label: labelOf(operation),
        perSystem: list.some((x) => x.systemId !== null),
        status: phaseStatus(list),
        steps: list,
      };
    });
}

/** "Step x of y": x is the first position with unfinished steps, among the distinct positions. */
export function progressOf(phases: Pick<PhaseView, "status" | "label">[]): Progress | null {
  if (phases.length === 0) return null;
  const i = phases.findIndex((p) => p.status !== "done");
  if (i < 0) return { current: phases.length, total: phases.length, label: "Finished", finished: true };
  return { current: i + 1, total: phases.length, label: phases[i]!.label, finished: false };
}

export function countStatuses(tasks: { status: TaskStatus }[]): StatusCounts {
  const counts: StatusCounts = {
    total: tasks.length,
    pending: 0,
    running: 0,
    waiting: 0,
    succeeded: 0,
    failed: 0,
    skipped: 0,
  };
  for (const t of tasks) counts[t.status] += 1;
  return counts;
}

/**
 * Something will change without anyone acting: a step runs, or the current position has steps
 * about to be dispatched. A plan waiting at a gate, a manual task or a failure is not live (its later
 * steps stay pending until a person acts), so the panel stops refreshing.
 */
export function isLive(tasks: { position: number; status: TaskStatus }[]): boolean {
  if (tasks.some((t) => t.status === "running")) return true;
  const open = tasks.filter((t) => t.status !== "succeeded" && t.status !== "skipped");
  if (open.length === 0) return false;
  const position = Math.min(...open.map((t) => t.position));
  const current = open.filter((t) => t.position === position);
  return current.some((t) => t.status === "pending") && !current.some((t) => t.status === "failed");
}

/** Every transition bumps the request's version, so version and steps say all the panel and page show. */
export function signatureOf(
  request: { version: number },
  tasks: { id: string; status: string; attempts: number; updatedAt: Date }[],
): string {
  const h = createHash("sha256").update(`v${request.version}`);
  for (const t of tasks) h.update(`|${t.id}:${t.status}:${t.attempts}:${t.updatedAt.getTime()}`);
  return h.digest("base64url").slice(0, 22);
}

const norm = (s: string) =>
  s
    .toLowerCase()
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();

/** Words a subject may use for a field, mapped to the field names datasets commonly use. */
const SYNONYMS: [RegExp, string[]][] = [
  [/\b(e ?mail|courriel|mail address)\b/, ["email", "e_mail", "mail"]],
  [/\b(phone|telephone|mobile|tel|portable)\b/, ["phone", "telephone", "mobile", "phone_number"]],
  [/\b(first ?name|given name|forename|prenom)\b/, ["first_name", "firstname", "given_name"]],
  [/\b(last ?name|surname|family name|nom de famille|nom)\b/, ["last_name", "lastname", "surname", "family_name"]],
  [/\b(birth|born|naissance|dob)\b/, ["birth_date", "date_of_birth", "dob", "birthdate"]],
  [/\b(post ?code|postal code|zip|code postal)\b/, ["postcode", "postal_code", "zip", "zip_code"]],
  [/\b(city|town|ville)\b/, ["city", "town"]],
  [/\b(street|address|adresse|line ?1)\b/, ["line1", "address", "street", "address_line1"]],
  [/\b(country|pays)\b/, ["country"]],
];

/**
 * The rectifiable field the subject most likely meant ("Phone number" → phone). Only a guess to
 * prefill the form; staff choose the field. Returns "" when nothing matches.
 */
export function guessField(proposed: string, fields: { key: string; table: string; field: string }[]): string {
  const words = norm(proposed);
  if (!words) return "";
  const exact = fields.find((f) => norm(f.field) === words || norm(`${f.table} ${f.field}`) === words);
  if (exact) return exact.key;
  for (const [pattern, names] of SYNONYMS) {
    if (!pattern.test(words)) continue;
    const hit = fields.find((f) => names.includes(f.field.toLowerCase()));
    if (hit) return hit.key;
  }
  const partial = fields.find(
    (f) =>
      words.split(" ").includes(norm(f.field)) ||
      norm(f.field)
        .split(" ")
        .every((w) => words.includes(w)),
  );
  return partial?.key ?? "";
}

/** Rectifiable fields per system (one option per system/table/field, with every current value found). */
export function rectifiableFields(
  reads: { systemId: string; systemName: string; values: CurrentValue[] }[],
): RectifiableField[] {
  const out = new Map<string, RectifiableField>();
  for (const r of reads) {
    for (const v of r.values) {
      const key = `${r.systemId}|${v.table}|${v.field}`;
      const f = out.get(key) ?? {
        key,
        systemId: r.systemId,
        systemName: r.systemName,
        table: v.table,
        field: v.field,
        current: [],
      };
      const shown = v.value === null ? null : cell(v.value);
      if (!f.current.includes(shown)) f.current.push(shown);
      out.set(key, f);
    }
  }
  return [...out.values()];
}

export function proposalsOf(
  specifics: Record<string, unknown> | null,
): { field: string; currentValue: string | null; newValue: string }[] {
  const list = Array.isArray(specifics?.rectification) ? (specifics.rectification as unknown[]) : [];
  return list
    .map((x) => asRecord(x))
    .filter((x) => typeof x.field === "string")
    .map((x) => ({
      field: String(x.field),
      currentValue: typeof x.currentValue === "string" && x.currentValue !== "" ? x.currentValue : null,
      newValue: typeof x.newValue === "string" ? x.newValue : "",
    }));
}

/** A manual task a person recorded as done (its note may name the subject: shown to those who may see subject details). */
const byHand = (t: Pick<TaskRow, "status" | "resultSummary">) =>
  t.status === "succeeded" && asRecord(t.resultSummary).completedByPerson === true;

// ---------------------------------------------------------------------------------------------
// Reads

async function systemsOf(ids: string[]): Promise<Map<string, SystemInfo>> {
  if (ids.length === 0) return new Map();
  const rows = await db()
    .select({ id: dataSystems.id, name: dataSystems.name, kind: dataSystems.kind, enabled: dataSystems.enabled })
    .from(dataSystems)
    .where(inArray(dataSystems.id, ids));
  return new Map(rows.map((r) => [r.id, r]));
}

async function currentPackage(requestId: string) {
  const [row] = await db()
    .select()
    .from(exports)
    .where(and(eq(exports.requestId, requestId), isNull(exports.purgedAt)))
    .orderBy(desc(exports.createdAt))
    .limit(1);
  return row ?? null;
}

/** Records that staff read subject data from the fulfilment panel, like the subject view does. */
async function auditView(requestId: string, staffId: string, part: string, payload: Record<string, unknown> = {}) {
  await db().transaction((tx) =>
    appendAudit(tx, {
      actor: { type: "staff", id: staffId },
      action: "request.subject_viewed",
      requestId,
      payload: { part, ...payload },
    }),
  );
}

/** A cheap fingerprint of the plan's state, for the live panel to poll without rendering anything. */
export async function fulfilmentSignature(requestId: string): Promise<{ signature: string; live: boolean } | null> {
  const request = await findRequest(db(), { id: requestId });
  if (!request) return null;
  const tasks = await listTasks(db(), { requestId });
  const planning = tasks.length === 0 && (await fulfilmentProgress(db(), requestId)) === "planning";
  return { signature: signatureOf(request, tasks), live: isLive(tasks) || planning };
}

/**
 * What the fulfilment panel of the request workspace shows to this staff member: steps by position
 * with their outcome (no personal data), progress, the gate waiting for a decision with what it needs,
 * and which buttons apply. Subject values (rectification) are decrypted only for roles that may see
 * subject details, and each such view is audited; the package preview is loaded separately
 * (`packagePreview`) when someone opens it.
 */
export async function fulfilmentView(
  requestId: string,
  staff: ViewingStaff,
  opts: { shownVersion?: number } = {},
): Promise<FulfilmentView | null> {
  const request = await findRequest(db(), { id: requestId });
  if (!request) return null;
  const tasks = await listTasks(db(), { requestId });
  const planning = tasks.length === 0 && (await fulfilmentProgress(db(), requestId)) === "planning";
  const systems = await systemsOf([...new Set(tasks.map((t) => t.systemId).filter((x): x is string => x !== null))]);
  const names = tasks.some((t) => t.assigneeId || t.completedBy)
    ? await staffNamesById(db())
    : new Map<string, string>();
  const nameOf = (id: string | null) => (id ? (names.get(id) ?? "someone") : null);
  const may = {
    review: can(staff, "fulfilment.review"),
    approveErasure: can(staff, "erasure.approve"),
    retry: can(staff, "fulfilment.retry"),
    task: can(staff, "fulfilment.task"),
    lift: can(staff, "restriction.lift"),
    viewSubject: can(staff, "request.view_subject"),
  };

  const approvedChangesFor = (systemId: string) => {
    const gate = tasks.find((x) => x.operation === "approve_changes" && x.status === "succeeded");
    const detail = gate
      ? decryptTaskDetail<{ changes: { systemId: string; field: string; value: string | null }[] }>(gate)
      : null;
    return (detail?.changes ?? []).filter((c) => c.systemId === systemId).map(({ field, value }) => ({ field, value }));
  };
  const steps = tasks.map((t): StepView => {
    const system = t.systemId ? systems.get(t.systemId) : undefined;
    const waitingExternal = t.status === "waiting" && !isGate(t.operation);
    return {
      id: t.id,
      position: t.position,
      operation: t.operation,
      systemId: t.systemId,
      systemName: t.systemId ? (system?.name ?? "Removed system") : null,
      status: t.status,
      attempts: t.attempts,
      lastError: t.lastError,
      summary: byHand(t)
        ? `Done by hand by ${nameOf(t.completedBy) ?? "staff"}${may.viewSubject && taskNote(t) ? `: ${taskNote(t)}` : ""}`
        : describeStep({ ...t, note: taskNote(t) }, { completedBy: nameOf(t.completedBy) }),
      manualTask: waitingExternal && system?.kind === "manual",
      waitingForSystem: waitingExternal && system?.kind !== "manual",
      assigneeName: nameOf(t.assigneeId),
      instructions: t.instructions,
      dueAt: t.dueAt,
      note: taskNote(t),
      completedByName: nameOf(t.completedBy),
      finishedAt: t.finishedAt,
      changesToApply:
        t.operation === "rectify" && waitingExternal && system?.kind === "manual" && may.viewSubject
          ? approvedChangesFor(t.systemId!)
          : null,
    };
  });
  const phases = groupPhases(steps);
  const counts = countStatuses(tasks);
  const gateTask = tasks.find((t) => isGate(t.operation) && t.status === "waiting");
  const succeeded = (op: string) => tasks.find((t) => t.operation === op && t.status === "succeeded");

  // Package: counts for everyone (no personal data); rows only through packagePreview.
  let pkg: PackageView | null = null;
  if (request.type === "access" || request.type === "portability") {
    const row = tasks.some((t) => t.operation === "assemble" && t.status === "succeeded")
      ? await currentPackage(requestId)
      : null;
    if (row) {
      const counts = asNumberMap(row.recordCounts);
      pkg = {
        exportId: row.id,
        sizeBytes: row.sizeBytes,
        approved: row.approvedAt !== null,
        sets: Object.entries(counts).map(([name, records]) => ({ name, records })),
        totalRecords: sum(counts),
        exclusions: Array.isArray(row.exclusions) ? (row.exclusions as PackageView["exclusions"]) : [],
      };
    }
  }

  // Erasure plan per system and table (no personal data): shown from discovery on, for the record.
  let erasurePlan: ErasurePlanView[] | null = null;
  let erasureApproval: FulfilmentView["erasureApproval"] = null;
  if (request.type === "erasure") {
    erasurePlan = tasks
      .filter((t) => t.operation === "discover")
      .map((t) => ({
        systemId: t.systemId ?? "",
        systemName: systems.get(t.systemId ?? "")?.name ?? "Removed system",
        known: t.status === "succeeded",
        actions:
          t.status === "succeeded" ? ((asRecord(t.resultSummary).plan as ErasureTableAction[] | undefined) ?? []) : [],
      }));
    const approval = succeeded("approve_erasure");
    if (approval)
      erasureApproval = { by: nameOf(approval.completedBy), at: approval.finishedAt, note: taskNote(approval) };
  }

  // Rectification: the subject's proposals beside each system's current values, for the approval form.
  let rectification: RectificationView | null = null;
  let approvedChanges: number | null = null;
  if (request.type === "rectification") {
    const approval = succeeded("approve_changes");
    if (approval)
      approvedChanges = Array.isArray(asRecord(approval.resultSummary).changes)
        ? (asRecord(approval.resultSummary).changes as unknown[]).length
        : 0;
    if (gateTask?.operation === "approve_changes" && may.viewSubject && may.review) {
      const reads = tasks
        .filter((t) => t.operation === "read_current" && t.status === "succeeded" && t.systemId)
        .map((t) => ({
          systemId: t.systemId!,
          systemName: systems.get(t.systemId!)?.name ?? "Removed system",
          values: decryptTaskDetail<CurrentValue[]>(t) ?? [],
        }));
      const proposals = proposalsOf(decryptSubjectFields(request).specifics);
      // A manual system reports no fields, only what a person found: each proposal can be applied there by hand.
      const byHand = tasks
        .filter(
          (t) =>
            t.operation === "read_current" &&
            t.status === "succeeded" &&
            t.systemId &&
            asRecord(t.resultSummary).manual === true,
        )
        .flatMap((t) =>
          proposals.map((p): RectifiableField => ({
            key: `${t.systemId}|manual|${p.field}`,
            systemId: t.systemId!,
            systemName: `${systems.get(t.systemId!)?.name ?? "Removed system"} (by hand)`,
            table: "manual",
            field: p.field,
            current: [taskNote(t)],
          })),
        );
      const automated = rectifiableFields(reads);
      const fields = [...automated, ...byHand];
      // A system with an API is the better guess; the by-hand option is picked only when nothing else fits.
      const rows = proposals.map((p) => ({
        proposedField: p.field,
        statedCurrent: p.currentValue,
        proposedValue: p.newValue,
        target: guessField(p.field, automated) || guessField(p.field, byHand),
      }));
      await auditView(requestId, staff.id, "rectification_values", { fields: fields.length });
      rectification = { fields, rows };
    }
  }

  const liftStarted = tasks.some((t) => t.operation === "lift_notice");
  const restricted = tasks.some((t) => t.operation === "restrict" && t.status === "succeeded");
  // Lifting is offered once the restriction plan has run its course, not while systems still restrict.
  const planDone = tasks.every((t) => t.status === "succeeded" || t.status === "skipped");
  // The rest of the page was rendered from an older read of the request (a step closed it meanwhile):
  // keep polling, so the page catches up instead of showing a finished plan under a stale status.
  const behind = opts.shownVersion !== undefined && opts.shownVersion !== request.version;

  return {
    requestId,
    requestType: request.type,
    requestStatus: request.status,
    phases,
    progress: progressOf(phases),
    counts,
    planning,
    live: isLive(tasks) || behind || planning,
    waitingOnSystems: steps.some((s) => s.waitingForSystem),
    signature: signatureOf({ version: opts.shownVersion ?? request.version }, tasks),
    failed: steps.filter((s) => s.status === "failed"),
    gate: gateTask
      ? {
          operation: gateTask.operation as "review_package" | "approve_erasure" | "approve_changes",
          taskId: gateTask.id,
          assigneeName: nameOf(gateTask.assigneeId),
        }
      : null,
    package: pkg,
    erasurePlan,
    erasureApproval,
    rectification,
    approvedChanges,
    lift: {
      possible:
        request.type === "restriction" &&
        restricted &&
        planDone &&
        !liftStarted &&
        request.status !== "rejected" &&
        request.status !== "withdrawn",
      started: liftStarted,
    },
    may,
  };
}

export interface PreviewSet {
  name: string;
  category: string;
  columns: string[];
  total: number;
  /** The first rows, with their index in the set (the index an exclusion names). */
  rows: { index: number; values: Record<string, string> }[];
}

const ISO_INSTANT = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?Z$/;

/** `String(date)` as some systems report a date ("Fri Aug 10 1956 00:00:00 GMT+0000 (…)"). */
const JS_DATE_TEXT = /^[A-Z][a-z]{2} [A-Z][a-z]{2} \d{2} \d{4} \d{2}:\d{2}:\d{2} GMT[+-]\d{4}/;

/** One value as a short cell: dates without their midnight time, objects as JSON, long text cut. */
export function cell(v: unknown): string {
  if (v === null || v === undefined) return "";
  let text = v instanceof Date ? v.toISOString() : typeof v === "object" ? JSON.stringify(v) : String(v);
  if (JS_DATE_TEXT.test(text) && !Number.isNaN(Date.parse(text))) text = new Date(text).toISOString();
  const iso = ISO_INSTANT.exec(text);
  if (iso) return iso[2] === "00:00" ? iso[1]! : `${iso[1]} ${iso[2]} UTC`;
  return text.length > 300 ? `${text.slice(0, 299)}…` : text;
}

/**
 * The records of the package waiting for review, decrypted for a staff member who opened the review,
 * with the first `limit` rows of each set. Each call is one audited view of subject data.
 */
export async function packagePreview(p: { requestId: string; staffId: string; limit?: number }): Promise<PreviewSet[]> {
  const request = await findRequest(db(), { id: p.requestId });
  if (!request) throw new DomainError("not_found", "This request does not exist.");
  if (request.type !== "access" && request.type !== "portability")
    throw new DomainError("invalid_request", "This request has no package.");
  const tasks = await listTasks(db(), { requestId: p.requestId });
  const systems = await systemsOf([...new Set(tasks.map((t) => t.systemId).filter((x): x is string => x !== null))]);
  const sets: RecordSet[] = collectedSets(tasks, new Map([...systems].map(([id, s]) => [id, s.name]))).filter(
    (s) => request.type === "access" || s.providedBySubject,
  );
  const limit = Math.max(1, Math.min(p.limit ?? 20, 1000));
  await auditView(p.requestId, p.staffId, "package_preview", {
    sets: sets.length,
    rowsShown: sets.reduce((n, s) => n + Math.min(s.rows.length, limit), 0),
  });
  return sets.map((s) => ({
    name: s.name,
    category: s.category,
    columns: s.columns,
    total: s.rows.length,
    rows: s.rows
      .slice(0, limit)
      .map((r, index) => ({ index, values: Object.fromEntries(s.columns.map((c) => [c, cell(r[c])])) })),
  }));
}
