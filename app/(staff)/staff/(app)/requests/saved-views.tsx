"use client";

import { StaffLink } from "@/app/(staff)/staff/(app)/components/staff-link";
import { fill } from "@/lib/i18n/fill";
import { ActionForm } from "../components/action-form";
import { useStaffMessages } from "../components/staff-locale";
import { deleteViewAction, saveViewAction } from "./actions";

export function SavedViews({
  views,
  currentQuery,
}: {
  views: { id: string; name: string; query: string }[];
  currentQuery: string;
}) {
  const t = useStaffMessages().queue;
  return (
    <div className="saved-views">
      <span className="muted">{t.savedViews}</span>
      {views.length === 0 ? <span className="muted">{t.noViews}</span> : null}
      {views.map((v) => (
        <span className="view" key={v.id}>
          <StaffLink href={`/staff/requests${v.query ? `?${v.query}` : ""}`}>{v.name}</StaffLink>
          <ActionForm
            action={deleteViewAction}
            submitLabel="×"
            className="inline"
            label={fill(t.deleteView, { name: v.name })}
            successMessage={t.deleted}
          >
            <input type="hidden" name="id" value={v.id} />
          </ActionForm>
        </span>
      ))}
      <ActionForm
        action={saveViewAction}
        submitLabel={t.saveView}
        pendingLabel={t.saving}
        className="toolbar"
        label={t.saveThisView}
        resetOnSuccess
        successMessage={t.viewSaved}
      >
        <input type="hidden" name="query" value={currentQuery} />
        <div className="field">
          <label htmlFor="view-name">{t.saveAs}</label>
          <input id="view-name" name="name" type="text" maxLength={60} required placeholder={t.viewPlaceholder} />
        </div>
      </ActionForm>
    </div>
  );
}
