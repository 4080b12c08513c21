import type { PhaseStatus, StepView } from "@/lib/fulfilment/view/types";
import { fill } from "@/lib/i18n/fill";
import { lookup } from "@/lib/i18n/staff";
import { fulfilmentEn } from "@/lib/i18n/staff/fulfilment-en";
import { stepResultsEn } from "@/lib/i18n/staff/step-results-en";

/** The English step names and statuses are the staff catalogue's (lib/i18n/staff/fulfilment-en.ts). */
export const STEP_LABELS: Record<string, string> = fulfilmentEn.fulfilment.steps;

export const labelOf = (operation: string) => STEP_LABELS[operation] ?? operation.replaceAll("_", " ");

export const STATUS_WORDS: Record<PhaseStatus | StepView["status"], string> = fulfilmentEn.fulfilment.status;

type Words = (typeof stepResultsEn)["stepResults"];
type Counted = keyof Words["plural"];

const pluralOf = (d: Words, what: Counted, n: number) =>
  fill(n === 1 ? d.plural[what].one : d.plural[what].many, { n });
const sum = (m: Record<string, number>) => Object.values(m).reduce((a, b) => a + b, 0);
const listCounts = (m: Record<string, number>) =>
  Object.entries(m)
    .map(([k, n]) => `${k} ${n}`)
    .join(" · ");
const hasCounts = (m: Record<string, number> | undefined): m is Record<string, number> =>
  m !== undefined && Object.keys(m).length > 0;

/**
 * A step's result in words, from its outcome (which never holds personal data the viewer may not see),
 * in the catalogue's language (English unless given).
 */
export function describeStep(outcome: StepView["outcome"], d: Words = stepResultsEn.stepResults): string | null {
  switch (outcome.kind) {
    case "none":
      return null;
    case "unreadable":
      return fill(d.unreadable, { error: outcome.error });
    case "skipped":
      return outcome.marker && "skipped" in outcome.marker
        ? fill(d.skippedBecause, { reason: outcome.marker.skipped })
        : d.skipped;
    case "done_by_hand":
      return fill(outcome.note ? d.byHandNote : d.byHand, { name: outcome.by ?? d.staff, note: outcome.note ?? "" });
    case "done":
      return describeDone(outcome, d);
  }
}

function describeDone(o: Extract<StepView["outcome"], { kind: "done" }>, d: Words): string {
  const by = o.by ? fill(d.by, { name: o.by }) : "";
  const n = (what: Counted, count: number) => pluralOf(d, what, count);
  switch (o.operation) {
    case "collect": {
      if (o.summary.manual) return d.recordedByHand;
      const records = o.summary.records;
      return hasCounts(records)
        ? fill(d.collected, { records: n("record", sum(records)), list: listCounts(records) })
        : d.noRecords;
    }
    case "assemble": {
      const kb = Math.max(1, Math.round(o.summary.sizeBytes / 1024));
      return fill(d.package, { records: n("record", sum(o.summary.records)), kb });
    }
    case "review_package": {
      const x = o.summary.excludedRecords;
      const answer = o.summary.reevaluation ? d.reevaluated[o.summary.reevaluation] : "";
      return fill(d.approved, { by }) + (x ? fill(d.leftOut, { records: n("record", x) }) : d.nothingLeftOut) + answer;
    }
    case "discover": {
      const plan = o.summary.plan ?? [];
      if (plan.length === 0) return d.nothingToErase;
      const count = (a: string) => plan.filter((p) => p.action === a).length;
      return [
        n("table", plan.length),
        count("delete") && fill(d.planDelete, { n: count("delete") }),
        count("anonymise") && fill(d.planAnonymise, { n: count("anonymise") }),
        count("retain") && fill(d.planKept, { n: count("retain") }),
      ]
        .filter(Boolean)
        .join(", ");
    }
    case "approve_erasure":
      return o.note ? fill(d.approvedNote, { by, note: o.note }) : fill(d.approved, { by });
    case "erase": {
      if (o.summary.alreadyErased) return d.alreadyErased;
      const stillPresent = o.summary.retainedRowsStillPresent ?? {};
      // A kept table's `affected` counts the rows whose named fields were cleared, not the rows kept: "retain 0"
      // beside a plan of 9 kept rows read as a contradiction.
      const parts = (o.summary.executed ?? []).map((e) =>
        e.action === "retain"
          ? `${e.table} ${lookup(d.erasureActions, e.action)} ${stillPresent[e.table] ?? e.affected}` +
            (e.affected > 0 ? fill(d.fieldsCleared, { n: e.affected }) : "")
          : `${e.table} ${lookup(d.erasureActions, e.action)} ${e.affected}`,
      );
      const kept = sum(stillPresent);
      return (
        fill(d.erased, { parts: parts.length ? parts.join(" · ") : d.done }) +
        (kept ? fill(d.keptUnderExemption, { rows: n("row", kept) }) : "")
      );
    }
    case "notify_recipients": {
      const { notified, withoutAddress } = o.summary;
      const parts = [notified.length ? fill(d.notified, { names: notified.join(", ") }) : d.noRecipient];
      if (withoutAddress.length) parts.push(fill(d.noAddress, { names: withoutAddress.join(", ") }));
      return parts.join("; ");
    }
    case "complete":
      return "alreadyCompleted" in o.summary ? d.alreadyCompleted : d.completed;
    case "read_current":
      return o.summary.fields !== undefined ? fill(d.read, { values: n("value", o.summary.fields) }) : d.readPlain;
    case "approve_changes":
      return fill(d.changesApproved, { changes: n("change", o.summary.changes.length), by });
    case "rectify":
      return hasCounts(o.summary.changed)
        ? fill(d.changed, { list: listCounts(o.summary.changed) })
        : d.nothingToChange;
    case "restrict":
      return hasCounts(o.summary.flagged) ? fill(d.flagged, { list: listCounts(o.summary.flagged) }) : d.restricted;
    case "lift_restriction":
      return hasCounts(o.summary.lifted) ? fill(d.lifted, { list: listCounts(o.summary.lifted) }) : d.liftedPlain;
    case "stop_marketing":
      return hasCounts(o.summary.optedOut)
        ? fill(d.optedOut, { list: listCounts(o.summary.optedOut) })
        : d.optedOutPlain;
    case "opt_out_sale":
      return hasCounts(o.summary.optedOut)
        ? fill(d.optedOutOfSale, { list: listCounts(o.summary.optedOut) })
        : d.optedOutOfSalePlain;
    case "limit_sensitive":
      return hasCounts(o.summary.limited) ? fill(d.limited, { list: listCounts(o.summary.limited) }) : d.limitedPlain;
    // The step's name says which opt-out (targeted advertising, profiling, sensitive data).
    case "opt_out_targeted_ads":
    case "opt_out_profiling":
    case "opt_out_sensitive":
      return hasCounts(o.summary.optedOut)
        ? fill(d.optOutRecorded, { list: listCounts(o.summary.optedOut) })
        : d.optOutRecordedPlain;
    case "lift_notice":
      return o.summary.liftOn ? fill(d.noticeQueuedDate, { date: o.summary.liftOn }) : d.noticeQueued;
  }
}
