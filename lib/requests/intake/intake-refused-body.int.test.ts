import { randomBytes } from "node:crypto";
import { sql } from "drizzle-orm";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { POST } from "@/app/api/v1/requests/route";
import { closeDb, db } from "@/lib/db/client";
import { CLIENT_ADDRESS_HEADER } from "@/lib/net/proxy-addr";
import { intakeHitsOf as hitsOf } from "@/scripts/test-support/intake-hits";
import { intakeSchema } from "./intake-schema";

afterAll(() => closeDb());
afterEach(() => vi.restoreAllMocks());

const tag = randomBytes(4).toString("hex");
const someIp = () => `192.0.2.${randomBytes(1)[0]! % 250}-${randomBytes(4).toString("hex")}`;
const valid = (n: string) => ({
  type: "access",
  email: `refused.${n}.${tag}@example.net`,
  fullName: "Refused Body",
  locale: "en",
  jurisdiction: "FR",
});

/** The public API intake, in this process (its reference block is this process's: reference-pool.ts). */
const post = (body: unknown, ip: string, headers: Record<string, string> = {}) =>
  POST(
    new Request("http://127.0.0.1/api/v1/requests", {
      method: "POST",
      headers: { "content-type": "application/json", [CLIENT_ADDRESS_HEADER]: ip, ...headers },
      body: JSON.stringify(body),
    }),
    { params: Promise.resolve({}) },
  );

/** The number in a reference (DSR-2026-000123 → 123). */
async function referenceNumberOf(res: Response): Promise<number> {
  expect(res.status).toBe(202);
  const { reference } = (await res.json()) as { reference: string };
  return Number(reference.split("-")[2]);
}

/** How far request_reference_seq has gone. */
async function sequenceValue(): Promise<number> {
  const { rows } = await db().execute<{ n: string }>(sql`select last_value::text as n from request_reference_seq`);
  return Number(rows[0]!.n);
}

async function fieldsOf(res: Response, code = "invalid_request"): Promise<string[]> {
  const body = (await res.json()) as { error: { code: string; fields?: Record<string, string> } };
  expect(body.error.code).toBe(code);
  return Object.keys(body.error.fields ?? {});
}

describe("a refused intake body draws no reference and is judged once", () => {
  it("without an Idempotency-Key: 400 naming the field, one hit, no reference drawn; the next intake gets the next number", async () => {
    const before = await referenceNumberOf(await post(valid("a"), someIp()));
    const sequence = await sequenceValue();
    const ip = someIp();
    const parse = vi.spyOn(intakeSchema, "parse");
    const refused = await post({ ...valid("bad"), email: "not an address" }, ip);
    expect(refused.status).toBe(400);
    expect(await fieldsOf(refused)).toEqual(["email"]);
    // Judged once (it was parsed twice, once per way through the intake), its address counted once.
    expect(parse).toHaveBeenCalledTimes(1);
    expect(await hitsOf(ip)).toBe(1);
    // Neither the sequence nor this process's block of numbers moved: the next intake gets the next number
    // (or, if `before` was the last of its block, the first of a fresh block drawn from the sequence).
    expect(await sequenceValue()).toBe(sequence);
    const after = await referenceNumberOf(await post(valid("b"), ip));
    expect([before + 1, sequence + 1]).toContain(after);
    expect(await hitsOf(ip)).toBe(2);
  });

  it("a right refused under the law of the place of residence: 422 on the type, one hit, no reference drawn", async () => {
    const sequence = await sequenceValue();
    const ip = someIp();
    const refused = await post(
      { type: "opt_out_sale", email: `oo.${tag}@example.net`, locale: "en", jurisdiction: "FR" },
      ip,
    );
    expect(refused.status).toBe(422);
    expect(await fieldsOf(refused, "right_not_granted")).toEqual(["type"]);
    // Not an opt-out: a Canadian's portability (PIPEDA has none) is refused the same way.
    const portability = await post(
      { type: "portability", email: `pt.${tag}@example.net`, fullName: "Pat", locale: "en", jurisdiction: "CA" },
      ip,
    );
    expect(portability.status).toBe(422);
    expect(await fieldsOf(portability, "right_not_granted")).toEqual(["type"]);
    expect(await hitsOf(ip)).toBe(2);
    expect(await sequenceValue()).toBe(sequence);
  });

  it("a valid opt-out without a key takes its number from the sequence, not from this process's block", async () => {
    const before = await referenceNumberOf(await post(valid("c"), someIp()));
    const optOut = await post(
      { type: "opt_out_sale", email: `oo2.${tag}@example.net`, locale: "en", jurisdiction: "US-CA" },
      someIp(),
    );
    await referenceNumberOf(optOut);
    const sequence = await sequenceValue();
    const after = await referenceNumberOf(await post(valid("d"), someIp()));
    expect([before + 1, sequence + 1]).toContain(after);
  });

  it("with an Idempotency-Key: 400 and one hit with no reference; the key reused by an invalid body is still 422", async () => {
    const sequence = await sequenceValue();
    const ip = someIp();
    const refused = await post({ ...valid("k"), fullName: "" }, ip, { "idempotency-key": `refused-${tag}-1` });
    expect(refused.status).toBe(400);
    expect(await fieldsOf(refused)).toEqual(["fullName"]);
    expect(await hitsOf(ip)).toBe(1);
    expect(await sequenceValue()).toBe(sequence);

    const key = `refused-${tag}-2`;
    expect((await post(valid("k2"), someIp(), { "idempotency-key": key })).status).toBe(202);
    const reused = await post({ ...valid("k2"), email: "nope" }, someIp(), { "idempotency-key": key });
    expect(reused.status).toBe(422);
  });
});
