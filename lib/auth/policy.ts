import type { StaffRole } from "@/lib/domain/vocabulary";
import { SCOPE_GRANTS, type ApiKeyPrincipal } from "./api-scopes";

/**
 * Who may do what in the back-office. Every page, server action and route asks `can()`; the UI
 * only hides what `can()` refuses, it never decides on its own.
 */
export const STAFF_ACTIONS = [
  "request.view",
  "request.view_subject", // unmasked subject details (each view audited)
  "request.create", // enter a request received by phone, letter or e-mail
  "request.verify_identity", // record that staff checked the identity of a person (phone, letter)
  "request.assign_self",
  "request.assign_others",
  "request.start",
  "request.ask_subject",
  "request.message",
  "request.note",
  "request.submit_for_review",
  "request.complete",
  "request.extend",
  "request.refuse",
  "request.withdraw",
  "request.reopen",
  "request.correct_regime", // correct the requester's residence, hence regime and due dates (audited reason)
  "request.notify_new_date", // nFADP: tell the person by when we will answer (art. 18 al. 2 OPDo)
  "request.handle_complaint", // UK s. 164A DPA 2018: acknowledge and answer a complaint made to us
  "request.decide_appeal", // US state laws: decide an appeal of a refusal (not the person who refused)
  "erasure.propose",
  "erasure.approve",
  "fulfilment.review", // approve a package for delivery, approve rectification changes
  "fulfilment.retry", // retry failed fulfilment steps
  "fulfilment.task", // complete or fail a manual task
  "restriction.lift",
  "queue.bulk_assign",
  "dashboard.view",
  "reports.view",
  "audit.view",
  "users.manage",
  "systems.manage",
  "settings.manage",
  "webhooks.manage", // outbound webhook endpoints, their log and resends (admins only)
  "templates.view",
  "queues.view",
  "account.change_password", // one's own password
  "account.preferences", // one's own screen language
  "api_keys.manage", // create and revoke keys for the REST API
  "drp_agents.manage", // register, disable and enable Data Rights Protocol agents (admins only)
  "reply_templates.manage", // the message thread's reusable replies (admins only)
  "templates.manage", // the lifecycle mails' free wording (admins only; the legal parts stay generated)
] as const;
export type StaffAction = (typeof STAFF_ACTIONS)[number];

const AGENT: StaffAction[] = [
  "account.change_password",
  "account.preferences",
  "request.view",
  "request.view_subject",
  "request.create",
  "request.verify_identity",
  "request.assign_self",
  "request.start",
  "request.ask_subject",
  "request.message",
  "request.note",
  "request.submit_for_review",
  "request.withdraw",
  "erasure.propose",
  "fulfilment.review",
  "fulfilment.retry",
  "fulfilment.task",
  "dashboard.view",
  "templates.view",
];
const DPO: StaffAction[] = [
  ...AGENT,
  "request.assign_others",
  "request.complete",
  "request.extend",
  "request.refuse",
  "request.reopen",
  "request.correct_regime",
  "request.notify_new_date",
  "request.handle_complaint",
  "request.decide_appeal",
  "erasure.approve",
  "restriction.lift",
  "queue.bulk_assign",
  "reports.view",
  "audit.view",
];
const MANAGER: StaffAction[] = [
  "account.change_password",
  "account.preferences",
  "request.view",
  "dashboard.view",
  "reports.view",
];

const GRANTS: Record<StaffRole, ReadonlySet<StaffAction>> = {
  admin: new Set(STAFF_ACTIONS),
  dpo: new Set(DPO),
  agent: new Set(AGENT),
  manager: new Set(MANAGER),
};

export type PolicySubject = { id: string; role: StaffRole } | ApiKeyPrincipal;

/** What a subject may do: a staff member's role grants, or the union of an API key's scopes' grants. */
function grantsOf(user: PolicySubject): ReadonlySet<StaffAction> {
  if ("role" in user) return GRANTS[user.role];
  return new Set(user.scopes.flatMap((s) => SCOPE_GRANTS[s] ?? []));
}

/** Optional resource facts for ownership rules (e.g. an agent only assigns requests to themself). */
export interface PolicyResource {
  assigneeId?: string | null;
  targetAssigneeId?: string | null;
  /** Who holds the request now, when known: taking it from them is reassigning, not assigning oneself. */
  currentAssigneeId?: string | null;
}

export function can(user: PolicySubject | null | undefined, action: StaffAction, resource?: PolicyResource): boolean {
  if (!user) return false;
  const grants = grantsOf(user);
  if (!grants.has(action)) return false;
  if (
    action === "request.assign_self" &&
    resource?.targetAssigneeId !== undefined &&
    resource.targetAssigneeId !== user.id
  )
    return false;
  if (
    action === "request.assign_self" &&
    resource?.currentAssigneeId &&
    resource.currentAssigneeId !== user.id &&
    !grants.has("request.assign_others")
  )
    return false;
  return true;
}

/** Managers see masked subject e-mails in lists (c***@example.com). */
export function masksSubjectEmail(role: StaffRole): boolean {
  return role === "manager";
}
