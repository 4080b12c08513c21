import { can } from "@/lib/auth/policy";
import { lifecycleActor, type Operator } from "@/lib/auth/operator";
import { allowedActions, type LifecycleContext } from "@/lib/domain/lifecycle";
import { STAFF_TRANSITIONS, type StaffTransitionType } from "@/lib/requests/transitions/staff-transition-input";
import { transitionPolicy } from "@/lib/requests/transitions/staff-transition-specs";

/**
 * The entries of the request page's action menu, in the order shown. `claim` is assigning oneself
 * (one click), `assign` picks someone else; the others are the staff transitions of the same name.
 */
export const MENU_ACTIONS = ["claim", ...STAFF_TRANSITIONS] as const;
export type MenuAction = (typeof MENU_ACTIONS)[number];

/** Entries that end the request or cannot be taken back: their form asks for a confirmation first. */
export const DESTRUCTIVE_ACTIONS: ReadonlySet<MenuAction> = new Set<MenuAction>(["refuse", "withdraw"]);

const isStaffTransition = (t: string): t is StaffTransitionType => (STAFF_TRANSITIONS as readonly string[]).includes(t);

/**
 * What this member may do to this request now: the lifecycle says what applies in the request's state
 * (status, type, fulfilment progress, extension rules), the role's grants say what this member may do;
 * an entry is offered only when both agree, so nothing offered can only fail on those grounds.
 */
export function actionMenu(ctx: LifecycleContext, staff: Operator): MenuAction[] {
  const allowed = new Set<string>(allowedActions(ctx, lifecycleActor(staff)));
  const out: MenuAction[] = [];
  for (const entry of MENU_ACTIONS) {
    if (entry === "claim") {
      if (
        allowed.has("assign") &&
        ctx.assigneeId !== staff.id &&
        can(staff, "request.assign_self", { currentAssigneeId: ctx.assigneeId, targetAssigneeId: staff.id })
      )
        out.push(entry);
      continue;
    }
    if (entry === "assign") {
      if (allowed.has("assign") && can(staff, "request.assign_others")) out.push(entry);
      continue;
    }
    if (!allowed.has(entry) || !isStaffTransition(entry)) continue;
    if (can(staff, transitionPolicy({ type: entry, assigneeId: null }, staff).action)) out.push(entry);
  }
  return out;
}
