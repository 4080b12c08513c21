import type { Db } from "@/lib/db/client";
import { listTasks } from "@/lib/db/queries/tasks";
import type { Locale } from "@/lib/domain/locale";
import type { RequestType } from "@/lib/domain/vocabulary";
import { tasksOutcome, type TaskOutcome } from "@/lib/fulfilment/engine/completion-result";

/**
 * What a completed request's plan did, read back for the subject's status page: the same reader as the
 * completion mail (engine/completion-result.ts), so the page says what the mail said — erased and kept with
 * reasons, the corrections, the restricted systems, the recipients told. Access and portability answer with
 * their package (the page's download card), not here. Null when nothing was recorded (a request closed by
 * staff without a plan, or one whose steps were purged under the retention policy). Systems and recipients are
 * named in the page's language.
 */
export async function completedOutcome(
  db: Db,
  p: { requestId: string; type: RequestType; locale: Locale },
): Promise<TaskOutcome | null> {
  if (p.type === "access" || p.type === "portability") return null;
  const tasks = await listTasks(db, { requestId: p.requestId });
  if (tasks.length === 0) return null;
  return (await tasksOutcome(db, { type: p.type, tasks, locale: p.locale })) ?? null;
}
