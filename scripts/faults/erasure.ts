import type { Cluster } from "./cluster";
import { q } from "./checks";

/**
 * An erasure of a demo-shop customer, the workers SIGKILLed right after the DPO approves it and again
 * once the supervisor has started new ones. Afterwards: completed, every step succeeded and recorded
 * once (one `task.succeeded` per step), nothing erasable left, the subject's completion mail once.
 * Needs process.env filled from the product's env.json (lib code runs in this process).
 */
export async function eraseWhileKillingWorkers(
  c: Cluster,
  kill: () => Promise<void>,
): Promise<{ problems: string[]; summary: string }> {
  const fx = await import("../test-support/fulfilment");
  const { approveErasure } = await import("@/lib/fulfilment/decisions/approve-erasure");
  const { isGate } = await import("@/lib/fulfilment/engine/plan");
  const { db } = await import("@/lib/db/client");
  const problems: string[] = [];
  const [agent, dpo] = [await fx.testStaff("agent"), await fx.testStaff("dpo")];
  const customer = await fx.freshShopCustomer(1);
  const id = await fx.verifiedRequest({ type: "erasure", email: customer.email });
  await fx.startRequest(id, agent);
  await fx.waitForStep(id, "approve_erasure", "waiting", 60_000);
  await approveErasure(dpo.id, { requestId: id });
  // Each kill lands as soon as a step after the approval is marked running (or after a few seconds).
  const landed: string[] = [];
  const seen = new Map<string, number>();
  for (const waitMs of [3_000, 4_000]) landed.push(await killWhenAStepRuns(c, id, waitMs, kill, seen));
  await fx.waitForRequestStatus(id, "completed", 120_000).catch(() => problems.push("the erasure never completed"));

  const tasks = await fx.listTasks(db(), { requestId: id });
  const steps = tasks.filter((t) => !isGate(t.operation));
  const succeeded = await q<{ task_id: string }>(
    c.pool,
    `select payload->>'taskId' as task_id from audit_log where request_id = $1 and action = 'task.succeeded'`,
    [id],
  );
  const notDone = tasks.filter((t) => t.status !== "succeeded").map((t) => `${t.operation}:${t.status}`);
  if (notDone.length > 0) problems.push(`erasure steps not succeeded: ${notDone.join(", ")}`);
  const recorded = succeeded.map((s) => s.task_id).sort();
  const expected = steps.map((t) => t.id).sort();
  if (JSON.stringify(recorded) !== JSON.stringify(expected))
    problems.push(`erasure steps recorded ${recorded.length} times for ${expected.length} steps (each must be once)`);
  const erase = tasks.find((t) => t.operation === "erase");
  const remaining = (erase?.resultSummary as { remainingErasable?: number } | null)?.remainingErasable;
  if (remaining !== 0) problems.push(`erase left ${remaining ?? "?"} erasable records`);
  const completionMails = async () =>
    (
      await q<{ n: number }>(
        c.pool,
        `select count(*)::int as n from dev_mail_messages where $1 = any(recipients) and subject ~* 'complet'`,
        [customer.email.toLowerCase()],
      )
    )[0]!.n;
  for (let i = 0; i < 60 && (await completionMails()) === 0; i++) await new Promise((r) => setTimeout(r, 500));
  await new Promise((r) => setTimeout(r, 3_000)); // a duplicate would come now
  const mails = await completionMails();
  if (mails !== 1) problems.push(`the erasure's completion mail was received ${mails} times (must be once)`);
  const attempts = steps.map((t) => `${t.operation}×${t.attempts}`).join(" ");
  return {
    problems,
    summary: `erasure under two workers kills (${landed.join("; ")}): ${steps.length} steps, attempts ${attempts}`,
  };
}

/**
 * Polls the request's steps every few ms and kills as soon as one has started an attempt it had not
 * started at the previous kill (`seen`: attempts per step then); says where the kill landed.
 */
async function killWhenAStepRuns(
  c: Cluster,
  requestId: string,
  waitMs: number,
  kill: () => Promise<void>,
  seen: Map<string, number>,
) {
  const until = Date.now() + waitMs;
  while (Date.now() < until) {
    // A step is marked running when queued; its attempt is counted when a worker starts it.
    const running = (
      await q<{ id: string; operation: string; attempts: number }>(
        c.pool,
        "select id, operation, attempts from request_tasks where request_id = $1 and status = 'running'",
        [requestId],
      )
    ).filter((t) => t.attempts > (seen.get(t.id) ?? 0));
    if (running.length > 0) {
      await kill();
      for (const t of running) seen.set(t.id, t.attempts);
      return `killed inside ${running.map((t) => `${t.operation} attempt ${t.attempts}`).join(", ")}`;
    }
    await new Promise((r) => setTimeout(r, 5));
  }
  const states = await q<{ operation: string; status: string }>(
    c.pool,
    "select operation, status from request_tasks where request_id = $1 order by created_at",
    [requestId],
  );
  await kill();
  return `killed with no attempt under way (steps: ${states.map((t) => `${t.operation} ${t.status}`).join(", ")})`;
}
