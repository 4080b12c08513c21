import type { FulfilmentView, PhaseStatus, StepView } from "@/lib/fulfilment/view/types";
import { fulfilmentEn } from "@/lib/i18n/staff/fulfilment-en";

/** The fulfilment panel's English words where no catalogue key applies (step descriptions); the read model carries data only. */

/** The English step names and statuses are the staff catalogue's (lib/i18n/staff/fulfilment-en.ts). */
export const STEP_LABELS: Record<string, string> = fulfilmentEn.fulfilment.steps;

export const labelOf = (operation: string) => STEP_LABELS[operation] ?? operation.replaceAll("_", " ");

export const STATUS_WORDS: Record<PhaseStatus | StepView["status"], string> = fulfilmentEn.fulfilment.status;

export const ERASURE_ACTION_WORDS = {
  delete: "Delete",
  anonymise: "Anonymise",
  retain: "Keep (exemption)",
} as const;

export function noPlanText(v: Pick<FulfilmentView, "planning" | "requestStatus" | "requestType">): string {
  if (v.planning) return "Planning the fulfilment steps…";
  if (v.requestStatus === "unverified" || v.requestStatus === "new")
    return "Fulfilment starts when someone starts work on this request.";
  if (v.requestType === "objection")
    return "No automatic steps: this objection is not about direct marketing, so the DPO weighs it (Art. 21(1)) and closes the request by hand.";
  return "No fulfilment steps were planned for this request (no enabled system could act on it).";
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const sum = (m: Record<string, number>) => Object.values(m).reduce((a, b) => a + b, 0);
const listCounts = (m: Record<string, number>) =>
  Object.entries(m)
    .map(([k, n]) => `${k} ${n}`)
    .join(" · ");
const hasCounts = (m: Record<string, number> | undefined): m is Record<string, number> =>
  m !== undefined && Object.keys(m).length > 0;

/** A step's result in words, from its outcome (which never holds personal data the viewer may not see). */
export function describeStep(outcome: StepView["outcome"]): string | null {
  switch (outcome.kind) {
    case "none":
      return null;
    case "unreadable":
      return `Result unreadable (${outcome.error})`;
    case "skipped":
      return outcome.marker && "skipped" in outcome.marker ? `Skipped: ${outcome.marker.skipped}` : "Skipped";
    case "done_by_hand":
      return `Done by hand by ${outcome.by ?? "staff"}${outcome.note ? `: ${outcome.note}` : ""}`;
    case "done":
      return describeDone(outcome);
  }
}

function describeDone(o: Extract<StepView["outcome"], { kind: "done" }>): string {
  const by = o.by ? ` by ${o.by}` : "";
  switch (o.operation) {
    case "collect": {
      if (o.summary.manual) return "Recorded by hand";
      const records = o.summary.records;
      return hasCounts(records) ? `${plural(sum(records), "record")} — ${listCounts(records)}` : "No records found";
    }
    case "assemble": {
      const kb = Math.max(1, Math.round(o.summary.sizeBytes / 1024));
      return `Package of ${plural(sum(o.summary.records), "record")}, ${kb} KB`;
    }
    case "review_package": {
      const n = o.summary.excludedRecords;
      return `Approved${by}${n ? `, ${plural(n, "record")} left out` : ", nothing left out"}`;
    }
    case "discover": {
      const plan = o.summary.plan ?? [];
      if (plan.length === 0) return "Nothing to erase found";
      const count = (a: string) => plan.filter((p) => p.action === a).length;
      return [
        plural(plan.length, "table"),
        count("delete") && `${count("delete")} delete`,
        count("anonymise") && `${count("anonymise")} anonymise`,
        count("retain") && `${count("retain")} kept`,
      ]
        .filter(Boolean)
        .join(", ");
    }
    case "approve_erasure":
      return `Approved${by}${o.note ? ` — ${o.note}` : ""}`;
    case "erase": {
      if (o.summary.alreadyErased) return "Already erased; nothing erasable left";
      const parts = (o.summary.executed ?? []).map((e) => `${e.table} ${e.action} ${e.affected}`);
      const kept = sum(o.summary.retainedRowsStillPresent ?? {});
      return `${parts.length ? parts.join(" · ") : "Done"}; nothing erasable left${kept ? `; ${plural(kept, "row")} kept under exemption` : ""}`;
    }
    case "notify_recipients": {
      const { notified, withoutAddress } = o.summary;
      const parts = [notified.length ? `Notified ${notified.join(", ")}` : "No recipient to notify by mail"];
      if (withoutAddress.length) parts.push(`no address, contact by hand: ${withoutAddress.join(", ")}`);
      return parts.join("; ");
    }
    case "complete":
      return "alreadyCompleted" in o.summary ? "Already completed" : "Request completed; the subject was mailed";
    case "read_current":
      return o.summary.fields !== undefined ? `${plural(o.summary.fields, "current value")} read` : "Read";
    case "approve_changes":
      return `${plural(o.summary.changes.length, "change")} approved${by}`;
    case "rectify":
      return hasCounts(o.summary.changed)
        ? `Changed ${listCounts(o.summary.changed)}`
        : "Nothing to change in this system";
    case "restrict":
      return hasCounts(o.summary.flagged) ? `Flagged ${listCounts(o.summary.flagged)}` : "Restricted";
    case "lift_restriction":
      return hasCounts(o.summary.lifted) ? `Lifted ${listCounts(o.summary.lifted)}` : "Lifted";
    case "stop_marketing":
      return hasCounts(o.summary.optedOut) ? `Opted out ${listCounts(o.summary.optedOut)}` : "Opted out";
    case "opt_out_sale":
      return hasCounts(o.summary.optedOut)
        ? `Opted out of sale/sharing ${listCounts(o.summary.optedOut)}`
        : "Opted out";
    case "limit_sensitive":
      return hasCounts(o.summary.limited) ? `Limited ${listCounts(o.summary.limited)}` : "Limited";
    case "lift_notice":
      return o.summary.liftOn
        ? `Notice to the subject queued, naming the lift date ${o.summary.liftOn}`
        : "Notice to the subject queued";
  }
}
