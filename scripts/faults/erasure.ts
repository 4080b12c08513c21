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
  await kill();
  await new Promise((r) => setTimeout(r, 1_500));
  await kill();
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
  return { problems, summary: `erasure under two workers kills: ${steps.length} steps, attempts ${attempts}` };
}
