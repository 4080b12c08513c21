import { z } from "zod";
import { appendAudit } from "@/lib/audit/append";
import type { Db } from "@/lib/db/client";
import { db } from "@/lib/db/client";
import { liftCalledOffMailKey, liftNoticeMailKey } from "@/lib/db/queries/lift-notices";
import { lockRequest, type RequestRow } from "@/lib/db/queries/requests";
import { listTasks, updateTaskIf } from "@/lib/db/queries/tasks";
import { DomainError } from "@/lib/domain/errors";
import { toLocale } from "@/lib/domain/locale";
import { links } from "@/lib/mail/links";
import { queueTemplateMail } from "@/lib/mail/queue-template-mail";
import { decryptSubjectEmail, statusTokenOf } from "@/lib/requests/subject-fields";
import { skipMarker, summaryOf } from "@/lib/fulfilment/step-results/summaries";
import { detail } from "@/lib/domain/error-details";

export const cancelLiftInput = z.object({ requestId: z.uuid() });

/**
 * Staff call off a restriction lift before it runs (the subject objected in the notice period, or the
 * grounds changed): the notice step and every lift step are skipped, so the restriction stays in place.
 * A subject whose notice was already mailed (or queued) is told the lift is off. The notice keeps its
 * mail key, so a lift started later mails a new notice.
 */
export async function cancelLift(staffId: string, raw: z.input<typeof cancelLiftInput>): Promise<void> {
  const input = cancelLiftInput.parse(raw);
  await db().transaction(async (tx) => {
    const request = await lockRequest(tx, { id: input.requestId });
    if (!request) throw new DomainError("not_found", detail("common.request_not_found"));
    const tasks = await listTasks(tx, { requestId: request.id });
    const notice = tasks.find((t) => t.operation === "lift_notice");
    if (!notice) throw new DomainError("invalid_transition", detail("fulfilment.no_lift_started"));
    if (notice.status === "skipped") throw new DomainError("conflict", detail("fulfilment.lift_already_cancelled"));
    if (notice.status === "succeeded" || notice.status === "failed")
      throw new DomainError("invalid_transition", detail("fulfilment.lift_notice_period_over"));
    const now = new Date();
    const summary = summaryOf("lift_notice", notice);
    const mailKey = summary?.mailKey ?? liftNoticeMailKey(request.id);
    // Waiting: the notice step ran, and its mail was queued with it (the request lock keeps a running one out).
    const noticeMailed = notice.status === "waiting";
    let skipped = 0;
    for (const t of tasks.filter((x) => x.operation === "lift_notice" || x.operation === "lift_restriction")) {
      const isNotice = t.operation === "lift_notice";
      const from = isNotice ? (["pending", "running", "waiting"] as const) : (["pending"] as const);
      const marker = skipMarker({ skipped: "lift cancelled by staff", ...(isNotice ? { mailKey } : {}) });
      if (
        await updateTaskIf(tx, {
          id: t.id,
          from: [...from],
          set: { status: "skipped", resultSummary: marker, finishedAt: now },
        })
      )
        skipped += 1;
    }
    if (noticeMailed) await queueCalledOffMail(tx, request, { noticeKey: mailKey, liftOn: summary?.liftOn ?? null });
    await appendAudit(tx, {
      actor: { type: "staff", id: staffId },
      action: "restriction.lift_cancelled",
      requestId: request.id,
      payload: { skipped, notBefore: notice.notBefore?.toISOString() ?? null, subjectTold: noticeMailed },
    });
  });
}

/** The subject who was told of the lift hears that it is off and the restriction stays (one mail per notice). */
async function queueCalledOffMail(
  tx: Db,
  r: RequestRow,
  p: { noticeKey: string; liftOn: string | null },
): Promise<void> {
  const locale = toLocale(r.locale);
  const token = statusTokenOf(r);
  await queueTemplateMail(tx, {
    key: liftCalledOffMailKey(p.noticeKey),
    to: decryptSubjectEmail(r),
    locale,
    template: "restriction_lift_cancelled",
    requestId: r.id,
    data: {
      reference: r.reference,
      ...(p.liftOn ? { liftOn: p.liftOn } : {}),
      statusUrl: token ? links.status(locale, token) : links.portal(locale),
    },
  });
}
