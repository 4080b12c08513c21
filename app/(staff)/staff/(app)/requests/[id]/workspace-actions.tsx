"use client";

import { startTransition, useCallback, useState } from "react";
import type { ActionResult } from "@/lib/http/staff-action";
import type { LifecycleActionType } from "@/lib/domain/lifecycle";
import { REFUSAL_REASONS } from "@/lib/domain/vocabulary";
import { ActionForm } from "../../components/action-form";
import { fill } from "@/lib/i18n/fill";
import { transitionAction } from "./actions";
import { formatStaffDate } from "../../components/staff-display";
import { useStaffLocale, useStaffMessages } from "../../components/staff-locale";

export interface WorkspaceActionsProps {
  requestId: string;
  version: number;
  actions: LifecycleActionType[];
  me: string;
  assigneeId: string | null;
  canAssignOthers: boolean;
  assignees: { id: string; name: string; role: string }[];
  clockStops: boolean;
  extendedDueDate: string | null;
  previews: { extend?: string; refuse?: Record<string, string> };
}

/** The lifecycle actions this user may take now; every form carries the version the page showed. */
export function WorkspaceActions(p: WorkspaceActionsProps) {
  const has = (a: LifecycleActionType) => p.actions.includes(a);
  const all = useStaffMessages();
  const locale = useStaffLocale();
  const t = all.actions;
  const SPECS = t.transitions;
  const [refuseCode, setRefuseCode] = useState<string>("");
  const [flash, setFlash] = useState<string | null>(null);
  // In a transition, so the message shows together with the refreshed request (new version), not before.
  const onResult = useCallback(
    (r: ActionResult) => {
      // The server says which transition went through; its confirmation is shown in the member's language.
      const specs = all.actions.transitions;
      const type = r.ok ? (r.value as { type?: keyof typeof specs } | undefined)?.type : undefined;
      const text = type && specs[type] ? specs[type].done : (r.message ?? all.common.done);
      startTransition(() => setFlash(r.ok ? text : null));
    },
    [all],
  );
  const hidden = (type: string) => (
    <>
      <input type="hidden" name="requestId" value={p.requestId} />
      <input type="hidden" name="version" value={p.version} />
      <input type="hidden" name="type" value={type} />
    </>
  );
  const notice = flash ? (
    <p className="notice" role="status">
      {flash}
    </p>
  ) : null;
  if (p.actions.length === 0)
    return (
      <div>
        {notice}
        <p className="muted">{t.noAction}</p>
      </div>
    );
  return (
    <div>
      {notice}
      {has("assign") && p.assigneeId !== p.me ? (
        <ActionForm onResult={onResult} action={transitionAction} submitLabel={t.claim} pendingLabel={t.claiming}>
          {hidden("assign")}
          <input type="hidden" name="assigneeId" value={p.me} />
        </ActionForm>
      ) : null}
      {has("assign") && p.canAssignOthers ? (
        <ActionForm
          onResult={onResult}
          action={transitionAction}
          submitLabel={SPECS.assign.label}
          pendingLabel={SPECS.assign.pending}
        >
          {hidden("assign")}
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
      ) : null}
      {has("start") ? (
        <ActionForm
          onResult={onResult}
          action={transitionAction}
          submitLabel={SPECS.start.label}
          pendingLabel={SPECS.start.pending}
        >
          {hidden("start")}
        </ActionForm>
      ) : null}
      {has("ask_subject") ? (
        <ActionForm
          onResult={onResult}
          action={transitionAction}
          submitLabel={SPECS.ask_subject.label}
          pendingLabel={SPECS.ask_subject.pending}
        >
          {hidden("ask_subject")}
          <div className="compact-field">
            <label htmlFor="ask-message">
              {t.question} {p.clockStops ? t.stopsClock : t.keepsRunning}
            </label>
            <textarea id="ask-message" name="message" required maxLength={5000} />
          </div>
        </ActionForm>
      ) : null}
      {has("submit_for_review") ? (
        <ActionForm
          onResult={onResult}
          action={transitionAction}
          submitLabel={SPECS.submit_for_review.label}
          pendingLabel={SPECS.submit_for_review.pending}
        >
          {hidden("submit_for_review")}
        </ActionForm>
      ) : null}
      {has("complete") ? (
        <ActionForm
          onResult={onResult}
          action={transitionAction}
          submitLabel={SPECS.complete.label}
          pendingLabel={SPECS.complete.pending}
        >
          {hidden("complete")}
        </ActionForm>
      ) : null}
      {has("extend") ? (
        <ActionForm
          onResult={onResult}
          action={transitionAction}
          submitLabel={SPECS.extend.label}
          pendingLabel={SPECS.extend.pending}
        >
          {hidden("extend")}
          <div className="compact-field">
            <label htmlFor="extend-reason">
              {t.extendReason}
              {p.extendedDueDate ? fill(t.newDueDate, { date: formatStaffDate(p.extendedDueDate, locale) }) : ""}
            </label>
            <textarea id="extend-reason" name="reason" required maxLength={2000} />
          </div>
          {p.previews.extend ? (
            <details>
              <summary>{t.previewExtend}</summary>
              <pre className="preview" data-testid="extend-preview">
                {p.previews.extend}
              </pre>
            </details>
          ) : null}
        </ActionForm>
      ) : null}
      {has("refuse") ? (
        <ActionForm
          onResult={onResult}
          action={transitionAction}
          submitLabel={SPECS.refuse.label}
          pendingLabel={SPECS.refuse.pending}
          danger
          confirm={t.refuseConfirm}
        >
          {hidden("refuse")}
          <div className="compact-field">
            <label htmlFor="refuse-code">{t.reason}</label>
            <select
              id="refuse-code"
              name="reasonCode"
              required
              value={refuseCode}
              onChange={(e) => setRefuseCode(e.target.value)}
            >
              <option value="">{t.choose}</option>
              {REFUSAL_REASONS.map((c) => (
                <option key={c} value={c}>
                  {t.refusalReasons[c]}
                </option>
              ))}
            </select>
          </div>
          <div className="compact-field">
            <label htmlFor="refuse-text">{t.refuseText}</label>
            <textarea id="refuse-text" name="reasonText" required maxLength={5000} />
          </div>
          {p.previews.refuse ? (
            <details>
              <summary>{t.previewRefuse}</summary>
              <pre className="preview" data-testid="refuse-preview">
                {p.previews.refuse[refuseCode || "other"]}
              </pre>
            </details>
          ) : null}
        </ActionForm>
      ) : null}
      {has("withdraw") ? (
        <ActionForm
          onResult={onResult}
          action={transitionAction}
          submitLabel={SPECS.withdraw.label}
          pendingLabel={SPECS.withdraw.pending}
          danger
          confirm={t.withdrawConfirm}
        >
          {hidden("withdraw")}
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
      ) : null}
      {has("reopen") ? (
        <ActionForm
          onResult={onResult}
          action={transitionAction}
          submitLabel={SPECS.reopen.label}
          pendingLabel={SPECS.reopen.pending}
        >
          {hidden("reopen")}
          <div className="compact-field">
            <label htmlFor="reopen-reason">{t.reopenReason}</label>
            <textarea id="reopen-reason" name="reason" required maxLength={2000} />
          </div>
        </ActionForm>
      ) : null}
    </div>
  );
}
