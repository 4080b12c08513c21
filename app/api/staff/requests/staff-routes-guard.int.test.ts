import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb, db } from "@/lib/db/client";
import { requestMessages, staffUsers } from "@/lib/db/schema";
import { appUrl } from "@/lib/env";
import { submitRequest } from "@/lib/requests/intake/submit-request";
import { verifyByCode } from "@/lib/requests/verification/verify-email";
import { extractCode, waitForMail } from "@/scripts/test-support/mailbox";
import { signedInStaff } from "@/scripts/test-support/signed-in-cookie";

let requestId: string;
let agent: Awaited<ReturnType<typeof signedInStaff>>;
let manager: Awaited<ReturnType<typeof signedInStaff>>;

beforeAll(async () => {
  const to = `routes.${randomBytes(4).toString("hex")}@example.net`;
  const filed = await submitRequest(
    { type: "access", email: to, fullName: "Rita Route", locale: "en" },
    { channel: "portal", actor: { type: "subject" } },
  );
  await verifyByCode(filed.id, extractCode((await waitForMail(to, new RegExp(filed.reference))).text));
  requestId = filed.id;
  agent = await signedInStaff("agent");
  manager = await signedInStaff("manager");
});
afterAll(() => closeDb());

const post = (path: string, cookie: string, body: string, headers: Record<string, string> = {}) =>
  fetch(`${appUrl()}/api/staff/requests/${requestId}/${path}`, {
    method: "POST",
    headers: { cookie, "content-type": "application/json", origin: new URL(appUrl()).origin, ...headers },
    body,
  });
const errorOf = async (res: Response) => ({
  status: res.status,
  ...((await res.json()) as { error: { code: string; message: string; fields?: Record<string, string> } }).error,
});
const messages = () => db().select().from(requestMessages).where(eq(requestMessages.requestId, requestId));

describe("staff JSON routes refuse what another site can send (item 6)", () => {
  it("a text/plain or form body is 415, even from our origin; nothing is written", async () => {
    const text = await post("messages", agent.cookie, JSON.stringify({ message: "plain" }), {
      "content-type": "text/plain",
    });
    expect(await errorOf(text)).toMatchObject({ status: 415, code: "unsupported_media_type" });
    const form = await post("messages", agent.cookie, "message=form", {
      "content-type": "application/x-www-form-urlencoded",
    });
    expect(await errorOf(form)).toMatchObject({ status: 415, code: "unsupported_media_type" });
    const transition = await post("transition", agent.cookie, "type=start&version=2", {
      "content-type": "text/plain",
    });
    expect(await errorOf(transition)).toMatchObject({ status: 415 });
    expect(await messages()).toHaveLength(0);
  });

  it("a foreign Origin or a cross-site Sec-Fetch-Site is 403, whatever the body", async () => {
    const json = JSON.stringify({ message: "from elsewhere" });
    const cases: Record<string, string>[] = [
      { origin: "https://attacker.example" },
      { origin: "https://attacker.example", "content-type": "text/plain" },
      { origin: "", "sec-fetch-site": "cross-site" },
    ];
    for (const h of cases) {
      const res = await fetch(`${appUrl()}/api/staff/requests/${requestId}/messages`, {
        method: "POST",
        headers: {
          cookie: agent.cookie,
          "content-type": h["content-type"] ?? "application/json",
          ...(h.origin ? { origin: h.origin } : {}),
          ...(h["sec-fetch-site"] ? { "sec-fetch-site": h["sec-fetch-site"] } : {}),
        },
        body: json,
      });
      expect(await errorOf(res)).toMatchObject({ status: 403, code: "forbidden" });
    }
    expect(await messages()).toHaveLength(0);
  });

  it("a same-origin JSON call goes through", async () => {
    const res = await post("messages", agent.cookie, JSON.stringify({ message: "Hello from our page" }));
    expect(res.status).toBe(200);
    expect(await messages()).toHaveLength(1);
  });
});

describe("authorise before validating (item 15)", () => {
  it("a manager posting invalid input gets 403 without the fields; an agent gets the fields", async () => {
    for (const [path, body] of [
      ["messages", JSON.stringify({ message: 42 })],
      ["transition", JSON.stringify({ type: "nonsense", version: "x" })],
      ["transition", "{broken"],
    ] as const) {
      const refused = await errorOf(await post(path, manager.cookie, body));
      expect(refused).toMatchObject({ status: 403, code: "forbidden" });
      expect(refused.fields).toBeUndefined();
    }
    const invalid = await errorOf(await post("transition", agent.cookie, JSON.stringify({ type: "nonsense" })));
    expect(invalid).toMatchObject({ status: 400, code: "invalid_request", fields: { type: expect.any(String) } });
  });
});

describe("refusals before the operation, in the member's language (issue 12 leftovers)", () => {
  it("a foreign origin and a non-JSON body are refused in French for a French-speaking member, in English otherwise", async () => {
    const french = await signedInStaff("agent");
    await db().update(staffUsers).set({ locale: "fr" }).where(eq(staffUsers.id, french.id));
    const json = JSON.stringify({ message: "from elsewhere" });
    const foreign = { origin: "https://attacker.example" };
    expect(await errorOf(await post("messages", french.cookie, json, foreign))).toMatchObject({
      status: 403,
      message: "Cette requête ne vient pas des pages de cette application.",
    });
    expect(await errorOf(await post("messages", french.cookie, json, { "content-type": "text/plain" }))).toMatchObject({
      status: 415,
      message: "Envoyez la requête au format application/json.",
    });
    expect(await errorOf(await post("messages", agent.cookie, json, foreign))).toMatchObject({
      status: 403,
      message: "This request did not come from this application's pages.",
    });
    expect(await messages()).toHaveLength(1);
  });
});
