"use client";

import Link from "next/link";
import { ActionForm } from "../components/action-form";
import { deleteViewAction, saveViewAction } from "./actions";

export function SavedViews({
  views,
  currentQuery,
}: {
  views: { id: string; name: string; query: string }[];
  currentQuery: string;
}) {
  return (
    <div className="saved-views">
      <span className="muted">Saved views:</span>
      {views.length === 0 ? <span className="muted">none yet</span> : null}
      {views.map((v) => (
        <span className="view" key={v.id}>
          <Link href={`/staff/requests${v.query ? `?${v.query}` : ""}`}>{v.name}</Link>
          <ActionForm
            action={deleteViewAction}
            submitLabel="×"
            className="inline"
            label={`Delete view ${v.name}`}
            successMessage="Deleted."
          >
            <input type="hidden" name="id" value={v.id} />
          </ActionForm>
        </span>
      ))}
      <ActionForm
        action={saveViewAction}
        submitLabel="Save view"
        pendingLabel="Saving…"
        className="toolbar"
        label="Save this view"
        resetOnSuccess
        successMessage="View saved."
      >
        <input type="hidden" name="query" value={currentQuery} />
        <div className="field">
          <label htmlFor="view-name">Save these filters as</label>
          <input id="view-name" name="name" type="text" maxLength={60} required placeholder="My overdue" />
        </div>
      </ActionForm>
    </div>
  );
}
