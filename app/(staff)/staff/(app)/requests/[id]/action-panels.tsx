"use client";

import { useState } from "react";
import type { ActionResult } from "@/lib/http/staff-action";
import type { MenuAction } from "@/lib/requests/staff/action-menu";
import { REFUSAL_REASONS, type RefusalReason } from "@/lib/domain/vocabulary";
import { fill } from "@/lib/i18n/fill";
import { ActionForm } from "../../components/action-form";
import { formatStaffDate } from "../../components/staff-display";
import { useStaffLocale, useStaffMessages } from "../../components/staff-locale";
import { transitionAction } from "./actions";
import { LiveMailPreview, type RenderedMail } from "./live-mail-preview";
import { RefusalLimitNote } from "./refusal-limit-note";
import type { RefusalLimitView } from "./refusal-limit-view";

export interface PanelProps {
  requestId: string;
  version: number;
  assigneeId: string | null;
  assignees: { id: string; name: string; role: string }[];
  clockStops: boolean;
  extendedDueDate: string | null;
  /** The zone the request's legal dates are counted in (named beside the new due date). */
  timeZone?: string;
  /** The refusal reasons the request's law knows; absent: every reason. */
  refusalReasons?: readonly RefusalReason[];
  /** The last day to refuse (absent: not shown). */
  refusalLimit?: RefusalLimitView;
  previews: { extend?: RenderedMail; refuse?: RenderedMail };
  onResult: (r: ActionResult) => void;
}

/** What every transition form posts besides its own fields: the request, the version shown, the transition. */
export function HiddenFields(p: { requestId: string; version: number; type: string; assignTo?: string }) {
  return (
    <>
      <input type="hidden" name="requestId" value={p.requestId} />
      <input type="hidden" name="version" value={p.version} />
      <input type="hidden" name="type" value={p.type} />
      {p.assignTo ? <input type="hidden" name="assigneeId" value={p.assignTo} /> : null}
    </>
  );
}

/** The form of one menu entry that has fields (assign, ask, complete, extend, refuse, withdraw, reopen). */
export function TransitionForm(p: PanelProps & { type: Exclude<MenuAction, "claim"> }) {
  const all = useStaffMessages();
  const t = all.actions;
  const spec = t.transitions[p.type];
  const common = {
    onResult: p.onResult,
    action: transitionAction,
    submitLabel: spec.label,
    pendingLabel: spec.pending,
  };
  const hidden = <HiddenFields requestId={p.requestId} version={p.version} type={p.type} />;
  switch (p.type) {
    case "assign":
      return (
        <ActionForm {...common}>
          {hidden}
          <div className="compact-field">
            <label htmlFor="assign-to">{t.assignTo}</label>
            <select id="assign-to" name="assigneeId" defaultValue={p.assigneeId ?? ""}>
              <option value="">{t.nobody}</option>
              {p.assignees.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name} ({all.chrome.roles[a.role as keyof typeof all.chrome.roles] ?? a.role})
                </option>
              ))}
            </select>
          </div>
        </ActionForm>
      );
    case "ask_subject":
      return (
        <ActionForm {...common}>
          {hidden}
          <div className="compact-field">
            <label htmlFor="ask-message">
              {t.question} {p.clockStops ? t.stopsClock : t.keepsRunning}
            </label>
            <textarea id="ask-message" name="message" required maxLength={5000} />
          </div>
        </ActionForm>
      );
    case "complete":
      return (
        <ActionForm {...common}>
          {hidden}
          <p className="small muted">{all.menu.completeHint}</p>
        </ActionForm>
      );
    case "extend":
      return <ExtendForm {...p} common={common} />;
    case "refuse":
      return <RefuseForm {...p} common={common} />;
    case "withdraw":
      return (
        <ActionForm {...common} danger confirm={t.withdrawConfirm}>
          {hidden}
          <div className="compact-field">
            <label htmlFor="withdraw-reason">{t.withdrawHow}</label>
            <input
              id="withdraw-reason"
              name="reason"
              type="text"
              maxLength={2000}
              placeholder={t.withdrawPlaceholder}
            />
          </div>
        </ActionForm>
      );
    case "reopen":
      return (
        <ActionForm {...common}>
          {hidden}
          <div className="compact-field">
            <label htmlFor="reopen-reason">{t.reopenReason}</label>
            <textarea id="reopen-reason" name="reason" required maxLength={2000} />
          </div>
        </ActionForm>
      );
    default:
      return null;
  }
}

type Common = {
  onResult: (r: ActionResult) => void;
  action: typeof transitionAction;
  submitLabel: string;
  pendingLabel: string;
};

function ExtendForm(p: PanelProps & { common: Common }) {
  const all = useStaffMessages();
  const locale = useStaffLocale();
  const t = all.actions;
  const [reason, setReason] = useState("");
  const due = p.extendedDueDate;
  return (
    <ActionForm {...p.common}>
      <HiddenFields requestId={p.requestId} version={p.version} type="extend" />
      <div className="compact-field">
        <label htmlFor="extend-reason">
          {t.extendReason}
          {due
            ? fill(t.newDueDate, {
                date: p.timeZone ? `${formatStaffDate(due, locale)}, ${p.timeZone}` : formatStaffDate(due, locale),
              })
            : ""}
        </label>
        <textarea
          id="extend-reason"
          name="reason"
          required
          maxLength={2000}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
      </div>
      <LiveMailPreview
        testId="extend-preview"
        initial={p.previews.extend ?? null}
        input={due ? { type: "extend", requestId: p.requestId, reason, newDueDate: due } : null}
      />
    </ActionForm>
  );
}

function RefuseForm(p: PanelProps & { common: Common }) {
  const t = useStaffMessages().actions;
  const [code, setCode] = useState<RefusalReason | "">("");
  const [text, setText] = useState("");
  return (
    <ActionForm {...p.common} danger confirm={t.refuseConfirm}>
      <HiddenFields requestId={p.requestId} version={p.version} type="refuse" />
      {p.refusalLimit ? <RefusalLimitNote limit={p.refusalLimit} timeZone={p.timeZone} /> : null}
      <div className="compact-field">
        <label htmlFor="refuse-code">{t.reason}</label>
        <select
          id="refuse-code"
          name="reasonCode"
          required
          value={code}
          onChange={(e) => setCode(e.target.value as RefusalReason | "")}
        >
          <option value="">{t.choose}</option>
          {(p.refusalReasons ?? REFUSAL_REASONS).map((c) => (
            <option key={c} value={c}>
              {t.refusalReasons[c]}
            </option>
          ))}
        </select>
      </div>
      <div className="compact-field">
        <label htmlFor="refuse-text">{t.refuseText}</label>
        <textarea
          id="refuse-text"
          name="reasonText"
          required
          maxLength={5000}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
      </div>
      <LiveMailPreview
        testId="refuse-preview"
        initial={p.previews.refuse ?? null}
        input={{ type: "refuse", requestId: p.requestId, reasonCode: code || "other", reasonText: text }}
      />
    </ActionForm>
  );
}
