"use client";

import { useEffect, useRef } from "react";

/**
 * The list of errors at the top of a form, each linking to its field. It takes focus when it
 * appears: with JavaScript through the effect, without it through the autofocus attribute.
 */
export function ErrorSummary({ title, items }: { title: string; items: { field: string; message: string }[] }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (items.length > 0) ref.current?.focus();
  }, [items]);
  if (items.length === 0) return null;
  return (
    <div className="error-summary" role="alert" aria-labelledby="error-summary-title" tabIndex={-1} ref={ref} autoFocus>
      <h2 id="error-summary-title">{title}</h2>
      <ul>
        {items.map((item) => (
          <li key={item.field}>
            <a href={`#${item.field}`}>{item.message}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}
