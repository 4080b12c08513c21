"use client";

import { useRef, type KeyboardEvent, type ReactNode } from "react";

const FOCUSABLE =
  "input:not([type=hidden]):not([disabled]), select:not([disabled]), textarea:not([disabled]), button:not([disabled])";

/**
 * One action's own form, folded under its name. A native disclosure: it opens with the keyboard and
 * without JS, and the shared `name` keeps one open at a time. With JS, opening moves the focus to the
 * form's first field and Escape folds it again, back on its summary.
 */
export function ActionPanel(p: { id: string; summary: string; danger?: boolean; children: ReactNode }) {
  const ref = useRef<HTMLDetailsElement>(null);
  const summaryRef = useRef<HTMLElement>(null);
  const onToggle = () => {
    const el = ref.current;
    if (el?.open) el.querySelector<HTMLElement>(`.action-panel-body :is(${FOCUSABLE})`)?.focus();
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDetailsElement>) => {
    if (e.key !== "Escape" || !ref.current?.open) return;
    e.preventDefault();
    e.stopPropagation();
    ref.current.open = false;
    summaryRef.current?.focus();
  };
  return (
    <details
      ref={ref}
      name="request-action"
      id={p.id}
      className={`action-panel${p.danger ? " danger" : ""}`}
      onToggle={onToggle}
      onKeyDown={onKeyDown}
      data-testid={p.id}
    >
      <summary ref={summaryRef}>{p.summary}</summary>
      <div className="action-panel-body">{p.children}</div>
    </details>
  );
}
