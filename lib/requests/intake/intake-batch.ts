import type { Database } from "@/lib/db/client";
import { isDatabaseUnavailable } from "@/lib/db/unavailable";
import { env } from "@/lib/env";
import { groupedRunner, type Waiting as GroupWaiting } from "./grouped-runner";
import { fileInOneStatement, fileManyInOneStatement } from "./intake-statement";
import { rateLimited } from "./intake-prelude";
import { submissionResult } from "./submission-rows";
import type { PreparedSubmission, SubmitResult } from "./submit-request";

type Waiting = GroupWaiting<PreparedSubmission, SubmitResult>;

/**
 * Group commit for the intake's filing statement. While fewer than INTAKE_BATCH_CONCURRENCY statements
 * are under way an intake is filed at once, on its own (no added wait when calls are few); otherwise it
 * waits for one to finish and goes with every intake that arrived meanwhile (up to INTAKE_BATCH_MAX) in
 * one statement and one commit. Each caller is answered after that commit, so a 202 is as durable as
 * before. One round trip, one WAL flush and one firing of the counter triggers serve the whole group.
 * When any intake of a group is refused by its gate (per-e-mail quota, Idempotency-Key answered by
 * another attempt) the statement writes nothing, and each of the group is filed on its own, with the
 * same answers as without grouping. An intake over its address's limit (its hit counted in the statement)
 * is written nothing and answered 429; the others are filed. PostgreSQL out of reach fails the whole group
 * (503 each).
 */
export function fileGrouped(database: Database, p: PreparedSubmission): Promise<SubmitResult> {
  if (env().INTAKE_BATCH_CONCURRENCY === 0) return fileInOneStatement(database, p);
  return filingRunner(database, p);
}

const filingRunner = groupedRunner<Database, PreparedSubmission, SubmitResult>(
  (database, group) => fileGroup(database, group),
  () => ({ concurrency: env().INTAKE_BATCH_CONCURRENCY, max: env().INTAKE_BATCH_MAX }),
);

async function fileGroup(database: Database, group: Waiting[]): Promise<void> {
  if (group.length === 1) {
    const [one] = group;
    return fileInOneStatement(database, one!.item).then(one!.resolve, one!.reject);
  }
  try {
    const filed = await fileManyInOneStatement(
      database,
      group.map((w) => w.item),
    );
    group.forEach((w, i) => {
      const { allowed, duplicateOf } = filed[i]!;
      if (allowed) w.resolve(submissionResult(w.item, duplicateOf));
      else w.reject(rateLimited(w.item.ipHit!.retryAfterSeconds));
    });
  } catch (error) {
    if (isDatabaseUnavailable(error)) return group.forEach((w) => w.reject(error));
    // A gate refused one of them (or anything else failed): each on its own, as without grouping.
    await Promise.all(group.map((w) => fileInOneStatement(database, w.item).then(w.resolve, w.reject)));
  }
}
