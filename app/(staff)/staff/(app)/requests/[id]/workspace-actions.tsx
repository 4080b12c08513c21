"use client";

import { startTransition, useCallback, useState } from "react";
import type { ActionResult } from "@/lib/http/staff-action";
import type { MenuAction } from "@/lib/requests/staff/action-menu";
import { ActionForm } from "../../components/action-form";
import { useStaffMessages } from "../../components/staff-locale";
import { transitionAction } from "./actions";
import { ActionPanel } from "./action-panel";
import { HiddenFields, TransitionForm, type PanelProps } from "./action-panels";
import type { RefusalReason } from "@/lib/domain/vocabulary";
import type { RenderedMail } from "./live-mail-preview";
import type { RefusalLimitView } from "./refusal-limit-view";

export interface WorkspaceActionsProps {
  requestId: string;
  version: number;
  /** The menu's entries for this member now (lib/requests/staff/action-menu.ts), in order. */
  menu: MenuAction[];
  me: string;
  destructive: MenuAction[];
  assigneeId: string | null;
  assignees: { id: string; name: string; role: string }[];
  clockStops: boolean;
  extendedDueDate: string | null;
  /** The zone the request's legal dates are counted in (named beside a date). */
  timeZone: string;
  /** The refusal reasons the request's law knows (lib/domain/refusal-grounds.ts). */
  refusalReasons: readonly RefusalReason[];
  /** The last day to refuse (GDPR Art. 12(4), the US state laws: not moved by an extension; else the due date). */
  refusalLimit: RefusalLimitView;
  /** The mails as the untouched forms would send them (server-rendered; the forms update them live). */
  previews: { extend?: RenderedMail; refuse?: RenderedMail };
}

/** One click, no fields: shown as buttons. Every other entry opens its own form. */
const DIRECT: ReadonlySet<MenuAction> = new Set<MenuAction>(["claim", "start", "submit_for_review"]);

/**
 * The request's action menu: only what the lifecycle and this member's role allow now, each entry its
 * own small form; refusing and withdrawing ask for a confirmation. Each form carries the version the
 * page showed (a concurrent change is a conflict). The outcome is announced in one live region that
 * outlives the form (a successful action usually removes its own entry).
 */
export function WorkspaceActions(p: WorkspaceActionsProps) {
  const all = useStaffMessages();
  const t = all.actions;
  const m = all.menu;
  const [flash, setFlash] = useState<string | null>(null);
  // In a transition, so the message shows together with the refreshed request (new version), not before.
  const onResult = useCallback(
    (r: ActionResult) => {
      const specs = all.actions.transitions;
      const type = r.ok ? (r.value as { type?: keyof typeof specs } | undefined)?.type : undefined;
      const text = type && specs[type] ? specs[type].done : (r.message ?? all.common.done);
      startTransition(() => setFlash(r.ok ? text : null));
    },
    [all],
  );
  const panel: PanelProps = { ...p, onResult };
  const direct = p.menu.filter((a) => DIRECT.has(a));
  const forms = p.menu.filter((a) => !DIRECT.has(a) && !p.destructive.includes(a));
  const danger = p.menu.filter((a) => p.destructive.includes(a));
  return (
    <div className="action-menu" role="group" aria-label={m.label}>
      <p className="notice announcer" role="status" aria-live="polite" data-testid="action-outcome">
        {flash}
      </p>
      {p.menu.length === 0 ? <p className="muted">{t.noAction}</p> : null}
      {direct.length ? (
        <div className="direct-actions">
          {direct.map((a) => (
            <ActionForm
              key={a}
              className="action-form inline-action"
              onResult={onResult}
              action={transitionAction}
              submitLabel={a === "claim" ? t.claim : t.transitions[a].label}
              pendingLabel={a === "claim" ? t.claiming : t.transitions[a].pending}
            >
              <HiddenFields
                {...panel}
                type={a === "claim" ? "assign" : a}
                assignTo={a === "claim" ? p.me : undefined}
              />
            </ActionForm>
          ))}
        </div>
      ) : null}
      {forms.map((a) => (
        <ActionPanel key={a} id={`action-${a}`} summary={m.open[a as keyof typeof m.open]}>
          <TransitionForm {...panel} type={a as Exclude<MenuAction, "claim">} />
        </ActionPanel>
      ))}
      {danger.length ? (
        <div className="danger-actions">
          <p className="small muted">{m.dangerZone}</p>
          {danger.map((a) => (
            <ActionPanel key={a} id={`action-${a}`} summary={m.open[a as keyof typeof m.open]} danger>
              <TransitionForm {...panel} type={a as Exclude<MenuAction, "claim">} />
            </ActionPanel>
          ))}
        </div>
      ) : null}
    </div>
  );
}
