import { randomBytes } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { auditLog, drpAgents, drpCallbacks, requests } from "@/lib/db/schema";
import { POST as exercise } from "@/app/api/drp/v1/data-rights-request/route";
import { DELETE as revoke, GET as status } from "@/app/api/drp/v1/data-rights-request/[id]/route";
import { GET as agentInfo, POST as pair } from "@/app/api/drp/v1/agent/[id]/route";
import { callDrp, drpTestAgent } from "@/scripts/test-support/drp-agent";
import { DRP_TEST_BUSINESS, drpTestBusiness } from "@/scripts/test-support/drp-business";
import { registerDrpAgent, setDrpAgentEnabledByAdmin } from "./agents";

const BUSINESS = DRP_TEST_BUSINESS;
const tag = () => randomBytes(4).toString("hex").toUpperCase();
const drp = drpTestBusiness();
const { agent, other, admin, consumer } = drp;

describe("Data Rights Protocol v1.0 conformance: revocation and errors", () => {
  it("revokes a request for its agent only, and answers the spec's errors", async () => {
    const filed = await callDrp(exercise, {
      method: "POST",
      path: "/v1/data-rights-request",
      token: drp.token,
      body: agent.sign(consumer({ exercise: "access" })),
    });
    const requestId = filed.json!.request_id as string;
    const path = `/v1/data-rights-request/${requestId}`;

    // Another agent may neither read nor revoke it.
    expect(
      (await callDrp(status, { method: "GET", path, params: { id: requestId }, token: drp.otherToken })).status,
    ).toBe(403);
    const revokedByOther = await callDrp(revoke, {
      method: "DELETE",
      path,
      params: { id: requestId },
      token: drp.otherToken,
      body: other.sign({ reason: "no" }),
    });
    expect(revokedByOther.json).toEqual({ code: "403", message: "This request is managed by another agent." });

    const revoked = await callDrp(revoke, {
      method: "DELETE",
      path,
      params: { id: requestId },
      token: drp.token,
      body: agent.sign({ reason: "I changed my mind" }),
    });
    expect(revoked.status).toBe(200);
    expect(revoked.json).toMatchObject({ request_id: requestId, status: "revoked" });
    const [row] = await db().select().from(requests).where(eq(requests.id, requestId));
    expect(row!.status).toBe("withdrawn");

    const post = (body: string, t: string | undefined = drp.token) =>
      callDrp(exercise, { method: "POST", path: "/v1/data-rights-request", token: t, body });
    // Signed by another key → 403; expired → 400 fatal; issued for another business → 403.
    const forged = await post(agent.sign(consumer(), other.privateKey));
    expect(forged).toMatchObject({ status: 403, json: { code: "403" } });
    const expired = await post(
      agent.sign(consumer({ "issued-at": "2026-01-01T10:00:00Z", "expires-at": "2026-01-01T10:10:00Z" })),
    );
    expect(expired).toMatchObject({ status: 400, json: { code: "400", fatal: true } });
    expect(expired.json!.message).toMatch(/expired/);
    expect((await post(agent.sign(consumer({ "business-id": "SOMEONE_ELSE" })))).status).toBe(403);
    // Unknown token → 401; no token → 401; an unsupported right → 400 naming it; bad input names the field.
    expect((await post(agent.sign(consumer()), "not-a-token")).json).toMatchObject({ code: "401" });
    expect((await post(agent.sign(consumer({ exercise: "sale:opt-in" })))).json).toMatchObject({
      code: "400",
      message: "Unsupported rights action: sale:opt-in.",
      fatal: true,
    });
    expect((await post(agent.sign(consumer({ exercise: "fly" })))).json!.message).toMatch(/exercise must be one of/);
    expect((await post("%%% not base64 %%%")).status).toBe(400);

    // Pairing: an unregistered agent, or a message not signed by the registered key → 403 without body.
    const stranger = drpTestAgent(`STRANGER_${tag()}`);
    const unknown = await callDrp(pair, {
      method: "POST",
      path: `/v1/agent/${stranger.id}`,
      params: { id: stranger.id },
      body: stranger.sign(stranger.envelope(BUSINESS)),
    });
    expect(unknown).toMatchObject({ status: 403, text: "" });
    const badKey = await callDrp(pair, {
      method: "POST",
      path: `/v1/agent/${agent.id}`,
      params: { id: agent.id },
      body: agent.sign(agent.envelope(BUSINESS), other.privateKey),
    });
    expect(badKey).toMatchObject({ status: 403, text: "" });
    // Agent information: {} for its own id, 403 for another's.
    expect(
      (await callDrp(agentInfo, { method: "GET", path: "", params: { id: agent.id }, token: drp.token })).json,
    ).toEqual({});
    expect(
      (await callDrp(agentInfo, { method: "GET", path: "", params: { id: other.id }, token: drp.token })).status,
    ).toBe(403);

    // A disabled agent's token stops working at once.
    await setDrpAgentEnabledByAdmin({ agentId: other.id, enabled: false }, admin);
    expect(
      (await callDrp(agentInfo, { method: "GET", path: "", params: { id: other.id }, token: drp.otherToken })).status,
    ).toBe(403);

    // Each agent is limited per minute (its own limit here: 2 calls); past it, 429 with Retry-After.
    const limited = drpTestAgent(`LIMITED_${tag()}`);
    await registerDrpAgent(
      {
        id: limited.id,
        name: "Limited",
        verifyKey: limited.verifyKey,
        technicalContact: "t@agent.example",
        rateLimitPerMinute: 2,
      },
      admin,
    );
    const pairLimited = () =>
      callDrp(pair, {
        method: "POST",
        path: `/v1/agent/${limited.id}`,
        params: { id: limited.id },
        body: limited.sign(limited.envelope(BUSINESS)),
      });
    // The three calls must fall in one fixed one-minute window.
    const second = new Date().getUTCSeconds();
    if (second > 50) await new Promise((r) => setTimeout(r, (61 - second) * 1000));
    expect((await pairLimited()).status).toBe(200);
    expect((await pairLimited()).status).toBe(200);
    const third = await pairLimited();
    expect(third.status).toBe(429);
    expect(Number(third.headers.get("retry-after"))).toBeGreaterThan(0);
    await db().update(drpAgents).set({ enabled: false }).where(eq(drpAgents.id, limited.id));

    const refusals = await db()
      .select({ payload: auditLog.payload })
      .from(auditLog)
      .where(and(eq(auditLog.action, "drp.call_refused"), eq(auditLog.actorId, agent.id)));
    expect(refusals.length).toBeGreaterThanOrEqual(5);
    expect((await db().select().from(drpCallbacks).where(eq(drpCallbacks.requestId, requestId))).length).toBe(0);
  });
});
