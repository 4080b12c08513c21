import { packageKindOf } from "@/lib/domain/vocabulary";
import { db } from "@/lib/db/client";
import { dataSystemsById } from "@/lib/db/queries/data-systems";
import { findCurrentPackage } from "@/lib/db/queries/exports";
import { fulfilmentProgress } from "@/lib/db/queries/fulfilment-progress";
import { findRequest } from "@/lib/db/queries/requests";
import { listTasks, taskNote, type TaskRow } from "@/lib/db/queries/tasks";
import { staffNamesById } from "@/lib/db/queries/workspace";
import { isGate } from "@/lib/fulfilment/engine/plan";
import { detailOf } from "@/lib/fulfilment/step-results/details";
import { summaryOf } from "@/lib/fulfilment/step-results/summaries";
import { liftStateOf } from "@/lib/fulfilment/lift-state";
import { decryptSubjectFields } from "@/lib/requests/subject-fields";
import { controllerProfile } from "@/lib/env";
import { regimeOfRequest } from "@/lib/mail/templates/regime-params";
import { countStatuses, groupPhases, isLive, progressOf, signatureOf } from "./plan-progress";
import { fulfilmentRights, maySeeRectificationValues } from "./policy";
import { rectificationView } from "./rectification";
import { toStepView } from "./step-view";
import type { FulfilmentView, LiftSchedule, PackageView, ViewingStaff } from "./types";

/** A cheap fingerprint of the plan's state, for the live panel to poll without rendering anything. */
export async function fulfilmentSignature(requestId: string): Promise<{ signature: string; live: boolean } | null> {
  const request = await findRequest(db(), { id: requestId });
  if (!request) return null;
  const tasks = await listTasks(db(), { requestId });
  const planning = await isBeingPlanned(requestId, tasks);
  return { signature: signatureOf(request, tasks, planning), live: isLive(tasks) || planning };
}

/** The pending lift, while staff can still call it off (its notice step has not finished). */
function liftSchedule(tasks: TaskRow[]): LiftSchedule | null {
  const notice = tasks.find((t) => t.operation === "lift_notice");
  if (!notice || !["pending", "running", "waiting"].includes(notice.status)) return null;
  return {
    liftOn: summaryOf("lift_notice", notice)?.liftOn ?? null,
    notBefore: notice.notBefore,
    timeZone: controllerProfile().timeZone,
  };
}

/**
 * Work started and the plan job has not written the steps yet — or wrote them between this read of
 * the steps and the progress read: the panel must keep polling either way (reading "no steps" and
 * then "planned" showed "no enabled system could act on it" on a plan being written, and stopped).
 */
async function isBeingPlanned(requestId: string, tasks: TaskRow[]): Promise<boolean> {
  if (tasks.length > 0) return false;
  if ((await fulfilmentProgress(db(), requestId)) === "planning") return true;
  return (await listTasks(db(), { requestId })).length > 0;
}

const succeeded = (tasks: TaskRow[], op: string) => tasks.find((t) => t.operation === op && t.status === "succeeded");

/** Counts for everyone (no personal data); the records only through the audited preview. */
async function packageView(requestId: string, tasks: TaskRow[]): Promise<PackageView | null> {
  if (!succeeded(tasks, "assemble")) return null;
  const row = await findCurrentPackage(db(), { requestId });
  if (!row) return null;
  return {
    exportId: row.id,
    sizeBytes: row.sizeBytes,
    approved: row.approvedAt !== null,
    sets: Object.entries(row.recordCounts).map(([name, records]) => ({ name, records })),
    totalRecords: Object.values(row.recordCounts).reduce((a, b) => a + b, 0),
    exclusions: row.exclusions,
  };
}

/**
 * What the fulfilment panel of the request workspace shows to this staff member: steps by position
 * with their outcome (no personal data), progress, the gate waiting for a decision with what it needs,
 * and which buttons apply. Subject values (rectification) are decrypted only for roles that may see
 * them; this is a read: whoever renders them records the view (recordFulfilmentDataViewed).
 */
export async function fulfilmentView(
  requestId: string,
  staff: ViewingStaff,
  opts: { shownVersion?: number } = {},
): Promise<FulfilmentView | null> {
  const request = await findRequest(db(), { id: requestId });
  if (!request) return null;
  const tasks = await listTasks(db(), { requestId });
  const systems = await dataSystemsById(db(), {
    ids: tasks.map((t) => t.systemId).filter((x): x is string => x !== null),
  });
  const systemName = (id: string) => systems.get(id)?.name ?? "Removed system";
  const names = tasks.some((t) => t.assigneeId || t.completedBy)
    ? await staffNamesById(db())
    : new Map<string, string>();
  const nameOf = (id: string | null) => (id ? (names.get(id) ?? "someone") : null);
  const may = fulfilmentRights(staff);
  const changesGate = succeeded(tasks, "approve_changes");

  const steps = tasks.map((t) =>
    toStepView(t, {
      systems,
      nameOf,
      may,
      approvedChangesFor: (systemId) =>
        ((changesGate ? detailOf("approve_changes", changesGate) : null)?.changes ?? [])
          .filter((c) => c.systemId === systemId)
          .map(({ field, value }) => ({ field, value })),
    }),
  );
  const phases = groupPhases(steps);
  const gateTask = tasks.find((t) => isGate(t.operation) && t.status === "waiting");
  const gateOperation = gateTask && isGate(gateTask.operation) ? gateTask.operation : null;

  const hasPackage = packageKindOf(request.type) !== null;
  const erasureApproval = request.type === "erasure" ? succeeded(tasks, "approve_erasure") : undefined;
  // A lift staff cancelled leaves the restriction in place: it may be lifted again.
  const liftState = liftStateOf(tasks);
  const liftStarted = liftState === "pending" || liftState === "done";
  const restricted = tasks.some((t) => t.operation === "restrict" && t.status === "succeeded");
  // Lifting is offered once the restriction plan has run its course, not while systems still restrict.
  const planDone = tasks.every((t) => t.status === "succeeded" || t.status === "skipped");
  // The rest of the page was rendered from an older read of the request (a step closed it meanwhile):
  // keep polling, so the page catches up instead of showing a finished plan under a stale status.
  // The request is read again after its steps: a step that closed it (steps and status commit together)
  // between the first read and the steps' read would otherwise look like a finished plan under an
  // open status that nobody polls any more (the flaky "In review" after the DPO's approval).
  const latest = opts.shownVersion === undefined ? request : ((await findRequest(db(), { id: requestId })) ?? request);
  const behind = opts.shownVersion !== undefined && opts.shownVersion !== latest.version;
  const planning = await isBeingPlanned(requestId, tasks);

  return {
    requestId,
    requestType: request.type,
    regime: regimeOfRequest(request),
    requestStatus: request.status,
    phases,
    progress: progressOf(phases),
    counts: countStatuses(tasks),
    planning,
    live: isLive(tasks) || behind || planning,
    waitingOnSystems: steps.some((s) => s.waitingForSystem),
    signature: signatureOf({ version: opts.shownVersion ?? request.version }, tasks, planning),
    failed: steps.filter((s) => s.status === "failed"),
    gate:
      gateTask && gateOperation
        ? { operation: gateOperation, taskId: gateTask.id, assigneeName: nameOf(gateTask.assigneeId) }
        : null,
    package: hasPackage ? await packageView(requestId, tasks) : null,
    // The erasure plan per system and table (no personal data): shown from discovery on, for the record.
    erasurePlan:
      request.type === "erasure"
        ? tasks
            .filter((t) => t.operation === "discover")
            .map((t) => ({
              systemId: t.systemId ?? "",
              systemName: systemName(t.systemId ?? ""),
              known: t.status === "succeeded",
              actions: t.status === "succeeded" ? (summaryOf("discover", t)?.plan ?? []) : [],
            }))
        : null,
    erasureApproval: erasureApproval
      ? { by: nameOf(erasureApproval.completedBy), at: erasureApproval.finishedAt, note: taskNote(erasureApproval) }
      : null,
    rectification:
      request.type === "rectification" && gateOperation === "approve_changes" && maySeeRectificationValues(may)
        ? rectificationView(tasks, systemName, decryptSubjectFields(request).specifics)
        : null,
    approvedChanges:
      request.type === "rectification" && changesGate
        ? (summaryOf("approve_changes", changesGate)?.changes.length ?? 0)
        : null,
    lift: {
      possible:
        request.type === "restriction" &&
        restricted &&
        planDone &&
        !liftStarted &&
        request.status !== "rejected" &&
        request.status !== "withdrawn",
      started: liftStarted,
      scheduled: liftSchedule(tasks),
    },
    may,
  };
}
