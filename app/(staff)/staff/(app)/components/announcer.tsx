"use client";

import { useEffect, useState } from "react";

const EVENT = "staff:announce";

/** Announces an outcome in the page's live region (below), wherever the form that produced it sits. */
export function announce(message: string): void {
  window.dispatchEvent(new CustomEvent<string>(EVENT, { detail: message }));
}

/**
 * One polite live region for a page whose forms disappear once they succeed (an approved gate): the
 * outcome is shown and read out here, in a place that outlives the form. The region is always in the
 * page, empty until something is announced (a region inserted with its text is not reliably read out).
 */
export function Announcer({ testId }: { testId?: string }) {
  const [message, setMessage] = useState("");
  useEffect(() => {
    const on = (e: Event) => setMessage((e as CustomEvent<string>).detail);
    window.addEventListener(EVENT, on);
    return () => window.removeEventListener(EVENT, on);
  }, []);
  return (
    <p className="notice announcer" role="status" aria-live="polite" data-testid={testId}>
      {message}
    </p>
  );
}
