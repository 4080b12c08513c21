"use client";

import { fill } from "@/lib/i18n/fill";
import { formatStaffDate } from "../../components/staff-display";
import { useStaffLocale, useStaffMessages } from "../../components/staff-locale";
import type { RefusalLimitView } from "./refusal-limit-view";

/**
 * Beside the refuse form: by when the law wants the refusal (GDPR Art. 12(4), the US state laws: not moved by an
 * extension), and once that day has gone, a warning. It never blocks: a late refusal still beats silence, and the
 * audit entry records that it was late.
 */
export function RefusalLimitNote(p: { limit: RefusalLimitView; timeZone?: string }) {
  const t = useStaffMessages().actions;
  const locale = useStaffLocale();
  const day = formatStaffDate(p.limit.date, locale);
  const date = p.timeZone ? `${day}, ${p.timeZone}` : day;
  const { cite } = p.limit;
  return (
    <>
      <p className="small muted" data-testid="refusal-limit">
        {cite ? fill(t.refusalLimit, { date, cite }) : fill(t.refusalLimitIsDeadline, { date })}
      </p>
      {p.limit.passed ? (
        <p className="alert" role="alert" data-testid="refusal-late">
          {cite ? fill(t.refusalLate, { date, cite }) : fill(t.refusalLateIsDeadline, { date })}
        </p>
      ) : null}
    </>
  );
}
