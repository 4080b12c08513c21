import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db/client";
import { findDrpClaims, listDrpCallbacks } from "@/lib/db/queries/drp";
import { upsertStaff } from "@/lib/db/queries/staff";
import { auditLog, requestAgents, requests } from "@/lib/db/schema";
import { runTransition } from "@/lib/requests/transitions/run-transition";
import { POST as exercise } from "@/app/api/drp/v1/data-rights-request/route";
import { GET as status } from "@/app/api/drp/v1/data-rights-request/[id]/route";
import { callDrp } from "@/scripts/test-support/drp-agent";
import { drpTestBusiness } from "@/scripts/test-support/drp-business";
import { receiver } from "@/scripts/test-support/webhook-receiver";
import { waitFor } from "@/scripts/test-support/wait-for";
import { deliverDrpCallback } from "./deliver-callback";

const tag = () => randomBytes(4).toString("hex").toUpperCase();
const drp = drpTestBusiness();
const { agent, consumer } = drp;
let dpo: { kind: "staff"; id: string; role: "dpo" };

/** What the drp.callback job does for the request's due callbacks (the instance's workers may too: claims keep it once). */
async function deliverDue(requestId: string) {
  for (const c of await listDrpCallbacks(db(), { requestId }))
    if (c.status === "pending" || c.status === "failed") await deliverDrpCallback(c.id);
}

const staffMove = (requestId: string, action: Parameters<typeof runTransition>[1]["action"]) =>
  db().transaction((tx) => runTransition(tx, { requestId, actor: dpo, action }));

beforeAll(async () => {
  const d = await upsertStaff(db(), {
    email: `drp.dpo.${tag()}@t.test`,
    name: "DRP DPO",
    role: "dpo",
    passwordHash: await hashPassword("unused-password"),
  });
  dpo = { kind: "staff", id: d.id, role: "dpo" };
});

describe("Data Rights Protocol v1.0 conformance", () => {
  it("files a signed request, calls back as staff move it, and denies with a protocol reason", async () => {
    const hook = await receiver([500]);
    const message = consumer({ status_callback: hook.url });
    const res = await callDrp(exercise, {
      method: "POST",
      path: "/v1/data-rights-request",
      token: drp.token,
      body: agent.sign(message),
    });
    expect(res.status).toBe(200);
    const first = res.json as Record<string, string>;
    expect(first).toMatchObject({
      agent_request_id: message["agent-request-id"],
      status: "in_progress",
      reason: "need_user_verification",
      user_verification_url: expect.stringMatching(/\/en\/verify$/),
      expected_by: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    });
    const requestId = first.request_id!;

    // In the queue: channel agent, erasure, a Californian under the CCPA, 45 days, the agent's record kept.
    const [row] = await db().select().from(requests).where(eq(requests.id, requestId));
    expect(row).toMatchObject({ channel: "agent", type: "erasure", jurisdiction: "US-CA", status: "unverified" });
    expect(row!.dueDate).toBe(first.expected_by);
    // No sentence in the person's details: what the agent sent is kept as data (drp-claims.int.test.ts).
    expect(row!.detailsEnc).toBeNull();
    expect(await findDrpClaims(db(), { requestId })).toMatchObject({ regime: "ccpa", verified: ["email"] });
    const days = (Date.parse(row!.dueDate) - Date.parse(row!.receivedAt.toISOString().slice(0, 10))) / 86_400_000;
    expect(days).toBeGreaterThanOrEqual(44);
    expect(days).toBeLessThanOrEqual(46);
    const [link] = await db().select().from(requestAgents).where(eq(requestAgents.requestId, requestId));
    expect(link).toMatchObject({ permissionType: "application/vnd.drp.signed-request", reviewStatus: "pending" });

    // A retry with the same agent-request-id files nothing new.
    const again = await callDrp(exercise, {
      method: "POST",
      path: "/v1/data-rights-request",
      token: drp.token,
      body: agent.sign(message),
    });
    expect(again.json!.request_id).toBe(requestId);

    const read = await callDrp(status, {
      method: "GET",
      path: `/v1/data-rights-request/${requestId}`,
      params: { id: requestId },
      token: drp.token,
    });
    expect(read.json).toMatchObject({ request_id: requestId, status: "in_progress", reason: "need_user_verification" });

    // Staff verify (data points matched), start, extend, then refuse: not_found → no_match.
    await staffMove(requestId, {
      type: "verify",
      identityCheck: { method: "data_point_match", note: "name, e-mail and city" },
    });
    await staffMove(requestId, { type: "start" });
    await staffMove(requestId, { type: "extend", reason: "Many systems hold this consumer's data." });
    const [extended] = await db().select().from(requests).where(eq(requests.id, requestId));
    await staffMove(requestId, {
      type: "refuse",
      reasonCode: "not_found",
      reasonText: "No account matches these details.",
    });

    const rows = await waitFor(
      async () => {
        await deliverDue(requestId);
        const all = await listDrpCallbacks(db(), { requestId });
        const done = all.every((c) => c.status === "delivered");
        return done && all.some((c) => (c.body as { status: string }).status === "denied") ? all : undefined;
      },
      20_000,
      "every callback delivered, the denial among them",
    );
    // One callback per change of the protocol status, in order; the first was answered 500 and retried.
    const bodies = rows.map((c) => c.body as Record<string, string>);
    expect(bodies[0]).toMatchObject({ request_id: requestId, status: "in_progress", expected_by: first.expected_by });
    expect(bodies[0]!.reason).toBeUndefined();
    expect(extended!.dueDate > first.expected_by!).toBe(true);
    const afterExtension = bodies.find((b) => b.expected_by === extended!.dueDate && b.status === "in_progress");
    expect(afterExtension?.processing_details).toMatch(/extended/);
    expect(bodies.at(-1)).toMatchObject({
      status: "denied",
      reason: "no_match",
      agent_request_id: message["agent-request-id"],
    });
    expect(bodies.at(-1)!.expected_by).toBeUndefined();
    expect(rows[0]!.attempts).toBe(2);
    // The job run twice (a redelivered BullMQ job) posts nothing more.
    expect(await deliverDrpCallback(rows[0]!.id)).toBe("skipped");
    // The receiver got each body as posted (JSON), in order: the first one twice (refused, then retried) before
    // any later one, so the agent never sees an older status after a newer one.
    const received = hook.got.map((g) => g.body);
    expect(received).toEqual([JSON.stringify(bodies[0]), ...bodies.map((b) => JSON.stringify(b))]);

    const actions = await db()
      .select({ action: auditLog.action, actorType: auditLog.actorType })
      .from(auditLog)
      .where(eq(auditLog.requestId, requestId));
    expect(actions).toContainEqual({ action: "drp.request_received", actorType: "drp_agent" });
    expect(actions).toContainEqual({ action: "drp.status_read", actorType: "drp_agent" });
    await hook.close();
  });

  it("has the instance's workers post the callback through the outbox (drp.callback job)", async () => {
    const hook = await receiver();
    const res = await callDrp(exercise, {
      method: "POST",
      path: "/v1/data-rights-request",
      token: drp.token,
      body: agent.sign(consumer({ status_callback: hook.url })),
    });
    const requestId = res.json!.request_id as string;
    await staffMove(requestId, { type: "verify", identityCheck: { method: "known_account", note: null } });
    // No delivery from this process: the outbox relay queues the job and a worker sends it.
    const got = await waitFor(async () => hook.got[0], 30_000, "the callback sent by the workers");
    expect(JSON.parse(got.body)).toMatchObject({ request_id: requestId, status: "in_progress" });
    expect(got.headers["content-type"]).toBe("application/json");
    // The worker records the outcome once the answer is in.
    const row = await waitFor(
      async () => {
        const [c] = await listDrpCallbacks(db(), { requestId });
        return c?.status === "delivered" ? c : undefined;
      },
      10_000,
      "the callback recorded as delivered",
    );
    expect(row).toMatchObject({ attempts: 1, lastStatusCode: 200 });
    await hook.close();
  });
});
