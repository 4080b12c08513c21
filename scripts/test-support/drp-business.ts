import { randomBytes } from "node:crypto";
import { inArray } from "drizzle-orm";
import { afterAll, beforeAll, expect } from "vitest";
import { hashPassword } from "@/lib/auth/password";
import { closeDb, db } from "@/lib/db/client";
import { upsertStaff } from "@/lib/db/queries/staff";
import { drpAgents } from "@/lib/db/schema";
import { resetEnvCache } from "@/lib/env";
import { registerDrpAgent } from "@/lib/integrations/drp/agents";
import { POST as pair } from "@/app/api/drp/v1/agent/[id]/route";
import { callDrp, drpTestAgent } from "./drp-agent";

export const DRP_TEST_BUSINESS = "DSR_DESK_TEST";
const tag = () => randomBytes(4).toString("hex").toUpperCase();
type Agent = ReturnType<typeof drpTestAgent>;

/** Registers `agent` as `admin` and pairs it (§ 3.01): the bearer token it calls with from then on. */
export async function registerAndPair(agent: Agent, admin: { id: string }): Promise<string> {
  await registerDrpAgent(
    { id: agent.id, name: `Agent ${agent.id}`, verifyKey: agent.verifyKey, technicalContact: "tech@agent.example" },
    admin,
  );
  const res = await callDrp(pair, {
    method: "POST",
    path: `/v1/agent/${agent.id}`,
    params: { id: agent.id },
    body: agent.sign(agent.envelope(DRP_TEST_BUSINESS)),
  });
  expect(res.status).toBe(200);
  expect(res.json).toMatchObject({ "agent-id": agent.id, token: expect.any(String) });
  return res.json!.token as string;
}

/**
 * A DRP test file's world: the business id and webhook settings in the env, an admin, two agents
 * (`agent`, `other`) registered and paired before the tests (their tokens in `token`, `otherToken`),
 * disabled after them (other files share the database), and the pool closed. `consumer()` is a
 * Californian's deletion request by `agent`, with any claim overridden.
 */
export function drpTestBusiness() {
  const agent = drpTestAgent(`AGENT_${tag()}`);
  const other = drpTestAgent(`OTHER_${tag()}`);
  const world = {
    agent,
    other,
    admin: {} as { id: string },
    token: "",
    otherToken: "",
    consumer: (over: Record<string, unknown> = {}) => ({
      ...agent.envelope(DRP_TEST_BUSINESS),
      "agent-request-id": `req-${tag()}`,
      exercise: "deletion",
      regime: "ccpa",
      relationships: ["customer"],
      name: "Carla Consumer",
      email: `carla.${tag().toLowerCase()}@example.net`,
      email_verified: true,
      address: { locality: "Oakland", region: "CA", country: "US" },
      address_verified: false,
      ...over,
    }),
  };
  beforeAll(async () => {
    process.env.DRP_BUSINESS_ID = DRP_TEST_BUSINESS;
    process.env.WEBHOOK_ALLOW_PRIVATE_URLS = "true";
    process.env.WEBHOOK_RETRY_BASE_MS = "20";
    resetEnvCache();
    const admin = await upsertStaff(db(), {
      email: `drp.admin.${tag()}@t.test`,
      name: "DRP Admin",
      role: "admin",
      passwordHash: await hashPassword("unused-password"),
    });
    Object.assign(world.admin, admin);
    world.token = await registerAndPair(agent, admin);
    world.otherToken = await registerAndPair(other, admin);
  });
  afterAll(async () => {
    await db()
      .update(drpAgents)
      .set({ enabled: false })
      .where(inArray(drpAgents.id, [agent.id, other.id]));
    await closeDb();
  });
  return world;
}
