import type { Db } from "@/lib/db/client";
import { dataSystemsById } from "@/lib/db/queries/data-systems";
import type { TaskRow } from "@/lib/db/queries/tasks";
import { packageWindow, type CompletionResult, type ProfilingAnswer } from "@/lib/domain/completion-result";
import { packageKindOf, type RequestType } from "@/lib/domain/vocabulary";
import { toLocale, type Locale } from "@/lib/domain/locale";
import { recipientNamesIn, systemNameIn } from "@/lib/systems/register-translations";
import { detailOf } from "@/lib/fulfilment/step-results/details";
import { summaryOf } from "@/lib/fulfilment/step-results/summaries";
import type { InternalContext } from "./internal-steps";
import { releasePackage } from "./release-package";

type ErasureResult = Extract<CompletionResult, { kind: "erasure" }>;
const OTHER_SYSTEM: Record<Locale, string> = { en: "Other system", fr: "Autre système" };
export type TaskOutcome = Exclude<CompletionResult, { kind: "package" }>;

/** What the plan did, for the completion mail (releasing the package first for access and portability). */
export async function completionResult(c: InternalContext): Promise<CompletionResult | undefined> {
  const type = c.request.type;
  if (packageKindOf(type)) {
    const pkg = await releasePackage(c);
    const answer = type === "question_profiling" ? profilingAnswerOf(c.tasks) : null;
    return {
      kind: "package",
      ...packageWindow(pkg.expiresAt, c.request),
      maxDownloads: pkg.maxDownloads,
      excludedRecords: pkg.exclusions.length,
      ...(answer ? { answer } : {}),
    };
  }
  return tasksOutcome(c.tx, { type, tasks: c.tasks, locale: toLocale(c.request.locale) });
}

/** Whether a collect step found anything: a count above 0, or a person's "found" on a manual search. */
function holdsRecords(t: TaskRow): boolean {
  const s = summaryOf("collect", t);
  return s?.found === true || Object.values(s?.records ?? {}).some((n) => n > 0);
}

/** Staff's answer to a profiling decision questioned, given at the package review; null before it was given. */
function profilingAnswerOf(tasks: TaskRow[]): ProfilingAnswer | null {
  const review = tasks.find((t) => t.operation === "review_package" && t.status === "succeeded");
  if (!review) return null;
  const reevaluation = summaryOf("review_package", review)?.reevaluation;
  const words = detailOf("review_package", review);
  return reevaluation && words ? { ...words, reevaluation } : null;
}

/**
 * What the steps of a non-package plan did — what was erased and kept (with the exemption and reason), the
 * corrections, the restricted systems, marketing stopped, the recipients told. A pure read of the tasks: the
 * completion mail and the status page (lib/fulfilment/view/outcome.ts) say the same thing from it. Systems and
 * recipients are named in `locale`, the reader's language (the register's versions, lib/systems/register-translations.ts).
 */
export async function tasksOutcome(
  db: Db,
  p: { type: RequestType; tasks: TaskRow[]; locale: Locale },
): Promise<TaskOutcome | undefined> {
  const tasks = p.tasks;
  const systems = await dataSystemsById(db, {
    ids: tasks.map((t) => t.systemId).filter((id): id is string => id !== null),
  });
  const other = OTHER_SYSTEM[p.locale];
  const systemName = (id: string | null) => {
    const s = systems.get(id ?? "");
    return s ? systemNameIn(s, p.locale) : other;
  };
  const nameOf = (t: TaskRow) => systemName(t.systemId);
  const done = (op: string) => tasks.filter((t) => t.operation === op && t.status === "succeeded");
  const notifyStep = done("notify_recipients")[0];
  // The step recorded the names as stored; each is given in the reader's language where its system has a version.
  const recipientIn = new Map<string, string>();
  for (const s of systems.values())
    for (const [name, inLocale] of recipientNamesIn(s, p.locale))
      if ((recipientIn.get(name) ?? name) === name) recipientIn.set(name, inLocale);
  const notified = ((notifyStep ? summaryOf("notify_recipients", notifyStep)?.notified : undefined) ?? []).map(
    (n) => recipientIn.get(n) ?? n,
  );
  switch (p.type) {
    case "erasure": {
      const erased: ErasureResult["erased"] = [];
      const kept: ErasureResult["kept"] = [];
      // Only what a system actually erased: a system disabled before its erase step erased nothing.
      const erasedIn = new Set(done("erase").map((t) => t.systemId));
      for (const t of done("discover").filter((d) => erasedIn.has(d.systemId))) {
        for (const a of summaryOf("discover", t)?.plan ?? []) {
          if (a.action === "retain")
            kept.push({
              system: nameOf(t),
              table: a.table,
              ...(a.title ? { title: a.title } : {}),
              rows: a.rows,
              exemption: a.exemption ?? "",
              reason: a.reason ?? "",
            });
          else
            erased.push({
              system: nameOf(t),
              table: a.table,
              ...(a.title ? { title: a.title } : {}),
              action: a.action,
              rows: a.rows,
            });
        }
      }
      return { kind: "erasure", erased, kept, recipientsNotified: notified };
    }
    case "rectification": {
      const gate = done("approve_changes")[0];
      const approved = gate ? detailOf("approve_changes", gate) : null;
      const changed = (approved?.changes ?? []).map((ch) => ({
        system: systemName(ch.systemId),
        field: ch.field,
        value: ch.value,
      }));
      const declined = approved?.declined ?? [];
      return {
        kind: "rectification",
        changed,
        ...(declined.length > 0 ? { declined } : {}),
        recipientsNotified: notified,
      };
    }
    case "restriction":
      return { kind: "restriction", systems: done("restrict").map(nameOf), recipientsNotified: notified };
    case "objection":
      return { kind: "objection", systems: done("stop_marketing").map(nameOf) };
    case "confirmation":
      return { kind: "confirmation", processed: done("collect").some(holdsRecords) };
    case "question_profiling": {
      const answer = profilingAnswerOf(tasks);
      return answer ? { kind: "profiling_answer", ...answer } : undefined;
    }
    default:
      return undefined;
  }
}
