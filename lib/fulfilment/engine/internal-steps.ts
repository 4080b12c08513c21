import { and, eq, inArray, isNull } from "drizzle-orm";
import { branding } from "@/lib/branding/config";
import type { CurrentValue, ErasureTableAction } from "@/lib/connectors/types";
import type { Db } from "@/lib/db/client";
import type { RequestRow } from "@/lib/db/queries/requests";
import { decryptTaskDetail, taskNote, type TaskRow } from "@/lib/db/queries/tasks";
import { dataSystems, exports } from "@/lib/db/schema";
import { localDateOf } from "@/lib/domain/deadline";
import { runTransition } from "@/lib/requests/transitions/run-transition";
import { decryptSubjectEmail } from "@/lib/requests/subject-fields";
import { statusTokenOf } from "@/lib/requests/transitions/transition-mails";
import { links } from "@/lib/mail/links";
import { env } from "@/lib/env";
import { queueMail } from "@/lib/mail/queue-mail";
import { queueTemplateMail } from "@/lib/mail/queue-template-mail";
import { staffMails } from "@/lib/mail/staff-templates";
import type { CompletionResult } from "@/lib/domain/completion-result";
import { recipientEmail, recipientName } from "@/lib/systems/recipients";
import { assemblePackage, collectedSets, type PackageExclusion } from "./assemble-package";
import type { InternalOperation } from "./plan";
import { toLocale } from "@/lib/domain/locale";

/** Thrown by a step that cannot run yet for a reason that will pass (not a failure): the step goes back to pending. */
export class StepDeferred extends Error {}

export interface InternalContext {
  tx: Db;
  request: RequestRow;
  task: TaskRow;
  tasks: TaskRow[];
  now: Date;
}

export type InternalResult = { summary: Record<string, unknown>; detail?: unknown };

/** Approved changes decided at the rectification gate (personal data: stored encrypted on the gate). */
export interface ApprovedChanges {
  changes: { systemId: string; table: string; field: string; value: string | null }[];
}

const ACTION_OF: Partial<Record<RequestRow["type"], "erasure" | "rectification" | "restriction">> = {
  erasure: "erasure",
  rectification: "rectification",
  restriction: "restriction",
};
/** The per-system step whose success means a recipient must be told (Art. 19). */
const ACTING_OPERATION = { erasure: "erase", rectification: "rectify", restriction: "restrict" } as const;

async function systemsById(tx: Db, ids: string[]) {
  if (ids.length === 0) return new Map<string, typeof dataSystems.$inferSelect>();
  const rows = await tx.select().from(dataSystems).where(inArray(dataSystems.id, ids));
  return new Map(rows.map((r) => [r.id, r]));
}

const gate = (tasks: TaskRow[], op: string) => tasks.find((t) => t.operation === op && t.status === "succeeded");

async function assemble(c: InternalContext): Promise<InternalResult> {
  const systems = await systemsById(
    c.tx,
    c.tasks.map((t) => t.systemId).filter((id): id is string => id !== null),
  );
  const names = new Map([...systems].map(([id, s]) => [id, s.name]));
  const pkg = await assemblePackage(c.tx, { request: c.request, sets: collectedSets(c.tasks, names), now: c.now });
  return { summary: { exportId: pkg.id, records: pkg.recordCounts, sizeBytes: pkg.sizeBytes } };
}

/** Tells each named recipient of the systems that acted (Art. 19); recipients without an address are listed for a person to contact. */
async function notifyRecipients(c: InternalContext): Promise<InternalResult> {
  const action = ACTION_OF[c.request.type];
  if (!action) return { summary: { notified: [], withoutAddress: [] } };
  const acted = c.tasks.filter(
    (t) => t.operation === ACTING_OPERATION[action] && t.status === "succeeded" && t.systemId,
  );
  const systems = await systemsById(
    c.tx,
    acted.map((t) => t.systemId!),
  );
  const subjectEmail = decryptSubjectEmail(c.request);
  const approved =
    action === "rectification"
      ? decryptTaskDetail<ApprovedChanges>(gate(c.tasks, "approve_changes") ?? { id: "", resultEnc: null })
      : null;
  const notified: string[] = [];
  const withoutAddress: string[] = [];
  for (const [systemId, system] of systems) {
    const recipients = Array.isArray(system.recipients) ? system.recipients : [];
    const details = (approved?.changes ?? [])
      .filter((ch) => ch.systemId === systemId)
      .map((ch) => `${ch.field} → ${ch.value ?? "(removed)"}`);
    for (const [i, r] of recipients.entries()) {
      const name = recipientName(r as never);
      const email = recipientEmail(r as never);
      if (!email) {
        withoutAddress.push(name);
        continue;
      }
      const mail = await staffMails.recipientNotice({
        recipientName: name,
        companyName: branding().companyName,
        reference: c.request.reference,
        action,
        subjectEmail,
        details,
        contactEmail: env().DPO_CONTACT,
      });
      await queueMail(c.tx, `art19-${c.request.id}-${systemId}-${i}`, { to: email, ...mail });
      notified.push(name);
    }
  }
  return { summary: { notified, withoutAddress } };
}

/** The Art. 18(3) notice, mailed before any system lifts the restriction. */
async function liftNotice(c: InternalContext): Promise<InternalResult> {
  const r = c.request;
  const locale = toLocale(r.locale);
  const token = statusTokenOf(r);
  const lifting = c.tasks.filter((t) => t.operation === "lift_restriction" && t.systemId);
  const systems = await systemsById(
    c.tx,
    lifting.map((t) => t.systemId!),
  );
  const key = `lift-notice-${r.id}`;
  await queueTemplateMail(c.tx, {
    key,
    to: decryptSubjectEmail(r),
    locale,
    template: "restriction_lift_notice",
    data: {
      reference: r.reference,
      systems: [...systems.values()].map((s) => s.name),
      liftOn: localDateOf(c.now, "UTC"),
      reason: taskNote(c.task) ?? "",
      statusUrl: token ? links.status(locale, token) : links.portal(locale),
      authorityName: env().SUPERVISORY_AUTHORITY_NAME,
      authorityUrl: env().SUPERVISORY_AUTHORITY_URL,
    },
  });
  return { summary: { mailKey: key } };
}

async function completionResult(c: InternalContext): Promise<CompletionResult | undefined> {
  const systems = await systemsById(
    c.tx,
    c.tasks.map((t) => t.systemId).filter((id): id is string => id !== null),
  );
  const nameOf = (t: TaskRow) => systems.get(t.systemId ?? "")?.name ?? "Other system";
  const done = (op: string) => c.tasks.filter((t) => t.operation === op && t.status === "succeeded");
  const notified = (done("notify_recipients")[0]?.resultSummary as { notified?: string[] } | null)?.notified ?? [];
  switch (c.request.type) {
    case "access":
    case "portability": {
      const pkg = await approvePackage(c);
      return {
        kind: "package",
        availableUntil: localDateOf(pkg.expiresAt, "UTC"),
        maxDownloads: pkg.maxDownloads,
        excludedRecords: (pkg.exclusions as unknown[]).length,
      };
    }
    case "erasure": {
      const erased: Extract<CompletionResult, { kind: "erasure" }>["erased"] = [];
      const kept: Extract<CompletionResult, { kind: "erasure" }>["kept"] = [];
      // Only what a system actually erased: a system disabled before its erase step erased nothing.
      const erasedIn = new Set(done("erase").map((t) => t.systemId));
      for (const t of done("discover").filter((d) => erasedIn.has(d.systemId))) {
        for (const a of (t.resultSummary as { plan?: ErasureTableAction[] } | null)?.plan ?? []) {
          if (a.action === "retain")
            kept.push({
              system: nameOf(t),
              table: a.table,
              rows: a.rows,
              exemption: a.exemption ?? "",
              reason: a.reason ?? "",
            });
          else erased.push({ system: nameOf(t), table: a.table, action: a.action, rows: a.rows });
        }
      }
      return { kind: "erasure", erased, kept, recipientsNotified: notified };
    }
    case "rectification": {
      const approved = decryptTaskDetail<ApprovedChanges>(
        gate(c.tasks, "approve_changes") ?? { id: "", resultEnc: null },
      );
      const changed = (approved?.changes ?? []).map((ch) => ({
        system: systems.get(ch.systemId)?.name ?? "Other system",
        field: ch.field,
        value: ch.value,
      }));
      return { kind: "rectification", changed, recipientsNotified: notified };
    }
    case "restriction":
      return { kind: "restriction", systems: done("restrict").map(nameOf), recipientsNotified: notified };
    case "objection":
      return { kind: "objection", systems: done("stop_marketing").map(nameOf) };
  }
}

/** The package staff approved, rebuilt first when they left records out; the download window starts now. */
async function approvePackage(c: InternalContext) {
  const review = gate(c.tasks, "review_package");
  const exclusions = ((review?.resultSummary as { exclusions?: PackageExclusion[] } | null)?.exclusions ?? []).filter(
    (e) => e.reason,
  );
  const [current] = await c.tx
    .select()
    .from(exports)
    .where(and(eq(exports.requestId, c.request.id), isNull(exports.purgedAt)))
    .orderBy(exports.createdAt)
    .limit(1);
  let pkg = current;
  if (!pkg || pkg.approvedAt === null) {
    if (!pkg || exclusions.length > 0) {
      const systems = await systemsById(
        c.tx,
        c.tasks.map((t) => t.systemId).filter((id): id is string => id !== null),
      );
      pkg = await assemblePackage(c.tx, {
        request: c.request,
        sets: collectedSets(c.tasks, new Map([...systems].map(([id, s]) => [id, s.name]))),
        exclusions,
        now: c.now,
      });
    }
    const expiresAt = new Date(c.now.getTime() + env().EXPORT_EXPIRY_DAYS * 86_400_000);
    [pkg] = await c.tx
      .update(exports)
      .set({ approvedAt: c.now, approvedBy: review?.completedBy ?? null, expiresAt })
      .where(eq(exports.id, pkg.id))
      .returning();
  }
  return pkg!;
}

/** The last step: the system closes the request and the completion mail says what was done. */
async function complete(c: InternalContext): Promise<InternalResult> {
  const status = c.request.status;
  if (status === "completed") return { summary: { alreadyCompleted: true } };
  if (status === "awaiting_subject")
    throw new StepDeferred("waiting for the subject's answer; the request closes once they reply");
  if (status !== "in_progress" && status !== "in_review")
    throw new Error(`the request is ${status.replace("_", " ")}; it cannot be closed by the plan`);
  const result = await completionResult(c);
  if (status === "in_progress")
    await runTransition(c.tx, {
      requestId: c.request.id,
      actor: { kind: "system" },
      action: { type: "submit_for_review" },
      now: c.now,
    });
  await runTransition(c.tx, {
    requestId: c.request.id,
    actor: { kind: "system" },
    action: { type: "complete", result },
    now: c.now,
  });
  return { summary: { completed: true, result: result?.kind ?? null } };
}

export const INTERNAL_STEPS: Record<InternalOperation, (c: InternalContext) => Promise<InternalResult>> = {
  assemble,
  notify_recipients: notifyRecipients,
  complete,
  lift_notice: liftNotice,
};

export type { CurrentValue };
