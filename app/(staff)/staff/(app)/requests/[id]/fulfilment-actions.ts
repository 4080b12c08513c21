"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { approveChanges, approveChangesInput } from "@/lib/fulfilment/decisions/approve-changes";
import { approveErasure, approveErasureInput } from "@/lib/fulfilment/decisions/approve-erasure";
import { approvePackage, approvePackageInput } from "@/lib/fulfilment/decisions/approve-package";
import { completeManualTask, completeManualTaskInput } from "@/lib/fulfilment/decisions/complete-manual-task";
import { cancelLift, cancelLiftInput } from "@/lib/fulfilment/decisions/cancel-lift";
import { liftRestriction, liftRestrictionInput } from "@/lib/fulfilment/decisions/lift-restriction";
import { retryFailedSteps } from "@/lib/fulfilment/decisions/retry-failed-steps";
import { readPackagePreview } from "@/lib/fulfilment/view/package-preview";
import { recordFulfilmentDataViewed } from "@/lib/fulfilment/view/record-fulfilment-data-viewed";
import type { PreviewSet } from "@/lib/fulfilment/view/types";
import { fulfilmentSignature } from "@/lib/fulfilment/view/workspace-view";
import { currentStaff } from "@/lib/auth/session";
import { runStaffOperation, staffAction, type ActionResult } from "@/lib/http/staff-action";
import { fill } from "@/lib/i18n/fill";
import { staffMessages } from "@/lib/i18n/staff";

const refresh = (requestId: string) => revalidatePath(`/staff/requests/${requestId}`);
/** The signed-in member's words for an action's success message. */
const doneWords = async () => staffMessages((await currentStaff())?.locale).gates.done;

const withMessage = <T>(r: ActionResult<T>, message: string): ActionResult<T> => (r.ok ? { ...r, message } : r);

/**
 * The review form posts one checkbox `exclude` per record left out (value `set|index`) and its
 * reason as `reason|set|index`; this turns them into the use case's exclusions. A profiling decision
 * questioned adds its answer (`profilingReason`, `profilingHowToChange`, `profilingReevaluation`).
 */
const packageForm = z.preprocess((raw) => {
  const form = (raw ?? {}) as Record<string, unknown>;
  const picked = form.exclude === undefined ? [] : ([] as unknown[]).concat(form.exclude);
  const exclusions = picked.map((v) => {
    const key = String(v);
    const cut = key.lastIndexOf("|");
    return { set: key.slice(0, cut), index: key.slice(cut + 1), reason: form[`reason|${key}`] ?? "" };
  });
  const answered = ["profilingReason", "profilingHowToChange", "profilingReevaluation"].some((k) => k in form);
  const profilingAnswer = answered
    ? {
        reason: form.profilingReason ?? "",
        howToChange: form.profilingHowToChange ?? "",
        reevaluation: form.profilingReevaluation,
      }
    : undefined;
  return { requestId: form.requestId, exclusions, profilingAnswer };
}, approvePackageInput);

const approvePackageOp = staffAction("fulfilment.approve_package", {
  input: packageForm,
  policy: "fulfilment.review",
  run: async (input, staff) => {
    await approvePackage(staff.id, input);
    refresh(input.requestId);
    return { excluded: input.exclusions.length };
  },
});

export async function approvePackageAction(prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  const r = await approvePackageOp(prev, form);
  return r.ok
    ? {
        ...r,
        message: r.value.excluded
          ? fill((await doneWords()).packageApprovedWithout, { n: r.value.excluded })
          : (await doneWords()).packageApproved,
      }
    : r;
}

const approveErasureOp = staffAction("fulfilment.approve_erasure", {
  input: approveErasureInput,
  policy: "erasure.approve",
  run: async (input, staff) => {
    await approveErasure(staff.id, input);
    refresh(input.requestId);
    return null;
  },
});

export async function approveErasureAction(prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  return withMessage(await approveErasureOp(prev, form), (await doneWords()).erasureApproved);
}

/**
 * The rectification form posts, per row i, `target.i` (systemId|table|field, or empty to leave the
 * row out) and `value.i`; an empty value removes the field's value. A row the subject asked for
 * (`asked.i`, the field they named) left out is declined, with `reason.i`. A reason on a row that is applied is
 * refused: the reviewer meant to decline it, and the change would have gone through with the reason dropped.
 */
const REASON_ON_APPLIED = 'is only for a correction not applied: choose "Not applied" to decline it';
const changesForm = z.preprocess(
  (raw) => {
    const form = (raw ?? {}) as Record<string, unknown>;
    const changes: { systemId: string; table: string; field: string; value: string | null }[] = [];
    const declined: { field: string; reason: string }[] = [];
    const appliedWithReason: string[] = [];
    const str = (k: string) => (typeof form[k] === "string" ? (form[k] as string).trim() : "");
    for (const key of Object.keys(form)) {
      const m = /^target\.(\d+)$/.exec(key);
      const target = typeof form[key] === "string" ? (form[key] as string) : "";
      if (m && !target && str(`asked.${m[1]}`))
        declined.push({ field: str(`asked.${m[1]}`), reason: str(`reason.${m[1]}`) });
      if (!m || !target) continue;
      if (str(`asked.${m[1]}`) && str(`reason.${m[1]}`)) appliedWithReason.push(str(`asked.${m[1]}`));
      const [systemId = "", table = "", field = ""] = target.split("|");
      const value = typeof form[`value.${m[1]}`] === "string" ? (form[`value.${m[1]}`] as string).trim() : "";
      changes.push({ systemId, table, field, value: value === "" ? null : value });
    }
    return { requestId: form.requestId, changes, declined, appliedWithReason };
  },
  approveChangesInput.extend({ appliedWithReason: z.array(z.string()) }).superRefine((v, ctx) => {
    if (v.appliedWithReason.length) ctx.addIssue({ code: "custom", path: ["reason"], message: REASON_ON_APPLIED });
  }),
);

const approveChangesOp = staffAction("fulfilment.approve_changes", {
  input: changesForm,
  policy: "fulfilment.review",
  run: async (input, staff) => {
    await approveChanges(staff.id, input);
    refresh(input.requestId);
    return { changes: input.changes.length };
  },
});

export async function approveChangesAction(prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  const r = await approveChangesOp(prev, form);
  return r.ok ? { ...r, message: fill((await doneWords()).changesApproved, { n: r.value.changes }) } : r;
}

const retryOp = staffAction("fulfilment.retry", {
  input: z.object({ requestId: z.uuid() }),
  policy: "fulfilment.retry",
  run: async (input, staff) => {
    const out = await retryFailedSteps(staff.id, input);
    refresh(input.requestId);
    return out;
  },
});

export async function retryFailedAction(prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  const r = await retryOp(prev, form);
  return r.ok ? { ...r, message: fill((await doneWords()).retrying, { n: r.value.retried }) } : r;
}

const taskOp = staffAction("fulfilment.task", {
  input: completeManualTaskInput,
  policy: "fulfilment.task",
  run: async (input, staff) => {
    await completeManualTask(staff.id, input);
    refresh(input.requestId);
    return { outcome: input.outcome };
  },
});

export async function completeTaskAction(prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  const r = await taskOp(prev, form);
  return r.ok
    ? {
        ...r,
        message: r.value.outcome === "done" ? (await doneWords()).taskDone : (await doneWords()).taskFailed,
      }
    : r;
}

const liftOp = staffAction("fulfilment.lift_restriction", {
  input: liftRestrictionInput,
  policy: "restriction.lift",
  run: async (input, staff) => {
    await liftRestriction(staff.id, input);
    refresh(input.requestId);
    return null;
  },
});

export async function liftRestrictionAction(prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  return withMessage(await liftOp(prev, form), (await doneWords()).liftStarted);
}

const cancelLiftOp = staffAction("fulfilment.cancel_lift", {
  input: cancelLiftInput,
  policy: "restriction.lift",
  run: async (input, staff) => {
    await cancelLift(staff.id, input);
    refresh(input.requestId);
    return null;
  },
});

export async function cancelLiftAction(prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  return withMessage(await cancelLiftOp(prev, form), (await doneWords()).liftCancelled);
}

/** The review's records, loaded (and audited) only when someone opens the review. */
export async function loadPackagePreview(requestId: string, limit: number): Promise<ActionResult<PreviewSet[]>> {
  return runStaffOperation(
    {
      input: z.object({ requestId: z.uuid(), limit: z.number().int().min(1).max(1000) }),
      policy: "request.view_subject",
      run: async (input, staff) => {
        const sets = await readPackagePreview(input);
        // Recorded before the records leave the server: a view that cannot be audited is not shown.
        await recordFulfilmentDataViewed({
          requestId: input.requestId,
          staffId: staff.id,
          part: "package_preview",
          sets,
        });
        return sets;
      },
    },
    { requestId, limit },
    "fulfilment.preview",
  );
}

/** What the live panel polls: a fingerprint of the plan, no personal data, nothing rendered. */
export async function pollFulfilment(
  requestId: string,
): Promise<ActionResult<{ signature: string; live: boolean } | null>> {
  return runStaffOperation(
    {
      input: z.object({ requestId: z.uuid() }),
      policy: "request.view",
      run: (input) => fulfilmentSignature(input.requestId),
    },
    { requestId },
    "fulfilment.poll",
  );
}
