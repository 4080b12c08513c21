import { can } from "@/lib/auth/policy";
import type { FulfilmentRights, ViewingStaff } from "./types";

/**
 * The one place that decides what a staff member may do and see in the fulfilment panel. Subject
 * data (rectification values, a person's notes on manual tasks, changes to type in by hand) is shown
 * only with `viewSubject`; the package's records are loaded by a separate, audited action.
 */
export function fulfilmentRights(staff: ViewingStaff): FulfilmentRights {
  return {
    review: can(staff, "fulfilment.review"),
    approveErasure: can(staff, "erasure.approve"),
    retry: can(staff, "fulfilment.retry"),
    task: can(staff, "fulfilment.task"),
    lift: can(staff, "restriction.lift"),
    viewSubject: can(staff, "request.view_subject"),
  };
}

/** The rectification gate's values (the subject's proposals, each system's current values). */
export const maySeeRectificationValues = (may: FulfilmentRights) => may.viewSubject && may.review;

/** What a person wrote doing a manual task, the approved values to type in by hand: they may name the subject. */
export const maySeeSubjectValues = (may: FulfilmentRights) => may.viewSubject;
