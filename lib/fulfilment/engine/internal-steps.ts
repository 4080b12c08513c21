import { appendAudit } from "@/lib/audit/append";
import type { Db } from "@/lib/db/client";
import { dataSystemsById } from "@/lib/db/queries/data-systems";
import type { RequestRow } from "@/lib/db/queries/requests";
import { liftNoticeMailKey } from "@/lib/db/queries/lift-notices";
import { taskNote, type TaskRow } from "@/lib/db/queries/tasks";
import { addDays, localDateOf } from "@/lib/domain/deadline";
import { controllerProfile, env } from "@/lib/env";
import { links } from "@/lib/mail/links";
import { queueTemplateMail } from "@/lib/mail/queue-template-mail";
import { regimeMailParams } from "@/lib/mail/templates/regime-params";
import { runTransition } from "@/lib/requests/transitions/run-transition";
import { decryptSubjectEmail } from "@/lib/requests/subject-fields";
import { statusTokenOf } from "@/lib/requests/subject-fields";
import { registerRecipients, recipientEmail, recipientName } from "@/lib/systems/recipients";
import { systemNameIn } from "@/lib/systems/register-translations";
import { insertNoticeOnce } from "@/lib/db/queries/recipient-notices";
import { queueNoticeMail } from "@/lib/fulfilment/recipient-notices/send-notice";
import { systemsWithRecords } from "@/lib/fulfilment/recipient-notices/systems-with-records";
import { stepSummary, summaryOf, type StepSummary } from "@/lib/fulfilment/step-results/summaries";
import { assemblePackage } from "./assemble-package";
import { completionResult } from "./completion-result";
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

/** waiting: the step stays open after its writes (the lift notice, until its notice period has passed). */
export type InternalResult<Op extends InternalOperation = InternalOperation> = {
  summary: StepSummary<Op>;
  waiting?: true;
};

const ACTION_OF: Partial<Record<RequestRow["type"], "erasure" | "rectification" | "restriction">> = {
  erasure: "erasure",
  rectification: "rectification",
  restriction: "restriction",
};
const systemIdsOf = (tasks: TaskRow[]) => tasks.map((t) => t.systemId).filter((id): id is string => id !== null);

async function assemble(c: InternalContext): Promise<InternalResult<"assemble">> {
  const systems = await dataSystemsById(c.tx, { ids: systemIdsOf(c.tasks) });
  const names = new Map([...systems].map(([id, s]) => [id, s.name]));
  const pkg = await assemblePackage(c.tx, { request: c.request, tasks: c.tasks, systemNames: names, now: c.now });
  return {
    summary: stepSummary("assemble", { exportId: pkg.id, records: pkg.recordCounts, sizeBytes: pkg.sizeBytes }),
  };
}

/**
 * Tells each named recipient of the systems that acted and held this person's records (Art. 19); a
 * system where nothing was found has nothing to pass on. Each notice is a tracked row (sent, no
 * address: a person must tell them, acknowledged); a second run finds the rows and sends nothing.
 */
async function notifyRecipients(c: InternalContext): Promise<InternalResult<"notify_recipients">> {
  const action = ACTION_OF[c.request.type];
  if (!action) return { summary: { notified: [], withoutAddress: [] } };
  const systems = await dataSystemsById(c.tx, { ids: systemsWithRecords(action, c.tasks) });
  const notified: string[] = [];
  const withoutAddress: string[] = [];
  for (const [systemId, system] of systems) {
    for (const r of registerRecipients(system.recipients)) {
      const name = recipientName(r);
      const email = recipientEmail(r);
      const { row, created } = await insertNoticeOnce(c.tx, {
        requestId: c.request.id,
        systemId,
        recipientName: name,
        recipientEmail: email,
        action,
        now: c.now,
      });
      (email ? notified : withoutAddress).push(name);
      if (!created) continue;
      if (email) await queueNoticeMail(c.tx, { request: c.request, tasks: c.tasks, notice: row });
      await appendAudit(c.tx, {
        actor: { type: "system" },
        action: "notice.sent",
        requestId: c.request.id,
        payload: { noticeId: row.id, systemId, recipient: name, action, status: row.status },
      });
    }
  }
  return { summary: { notified, withoutAddress } };
}

/**
 * The Art. 18(3) notice, mailed before any system lifts the restriction. It names the lift date:
 * RESTRICTION_LIFT_NOTICE_DAYS after today in the controller's calendar. The step then waits: the
 * lift sweep starts the period once SMTP accepted the notice and ends the step when it has passed.
 */
async function liftNotice(c: InternalContext): Promise<InternalResult<"lift_notice">> {
  const r = c.request;
  const locale = toLocale(r.locale);
  const token = statusTokenOf(r);
  const lifting = c.tasks.filter((t) => t.operation === "lift_restriction");
  const systems = await dataSystemsById(c.tx, { ids: systemIdsOf(lifting) });
  // The lift's own key, set when it was planned (a lift started again after a cancelled one mails anew).
  const key = summaryOf("lift_notice", c.task)?.mailKey ?? liftNoticeMailKey(r.id);
  const liftOn = addDays(localDateOf(c.now, controllerProfile().timeZone), env().RESTRICTION_LIFT_NOTICE_DAYS);
  await queueTemplateMail(c.tx, {
    key,
    to: decryptSubjectEmail(r),
    locale,
    template: "restriction_lift_notice",
    data: {
      reference: r.reference,
      systems: [...systems.values()].map((s) => systemNameIn(s, locale)),
      liftOn,
      reason: taskNote(c.task) ?? "",
      statusUrl: token ? links.status(locale, token) : links.portal(locale),
      ...regimeMailParams(r),
    },
  });
  return { summary: { mailKey: key, liftOn }, waiting: true };
}

/** The last step: the system closes the request and the completion mail says what was done. */
async function complete(c: InternalContext): Promise<InternalResult<"complete">> {
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

export const INTERNAL_STEPS: { [Op in InternalOperation]: (c: InternalContext) => Promise<InternalResult<Op>> } = {
  assemble,
  notify_recipients: notifyRecipients,
  complete,
  lift_notice: liftNotice,
};
