import { randomBytes, randomUUID } from "node:crypto";
import { and, asc, eq, sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { closeDb, db } from "@/lib/db/client";
import { auditLog, dataSystems } from "@/lib/db/schema";
import { getSystem } from "./get-system";
import { listSystems } from "./list-systems";
import { registerFactsFormSchema } from "./register-facts";
import { setSystemEnabled } from "./set-system-enabled";
import { testSystemConnection } from "./test-system-connection";
import { updateRegisterFacts } from "./update-register-facts";

const created: string[] = [];
afterAll(async () => {
  for (const id of created) await db().delete(dataSystems).where(eq(dataSystems.id, id));
  await closeDb();
});

/** A disabled system of its own per test, so nothing else (engine, other tests) sees it. */
async function system(kind: "manual" | "broken" | "shop") {
  const key = `int-${kind}-${randomBytes(4).toString("hex")}`;
  const config =
    kind === "manual"
      ? { capabilities: { collect: false, erase: false, rectify: false, restrict: false, stopMarketing: false } }
      : kind === "shop"
        ? { dataset: "demo-shop" }
        : { dataset: 42 };
  const [row] = await db()
    .insert(dataSystems)
    .values({
      key,
      name: `Int ${kind}`,
      kind: kind === "manual" ? "manual" : "postgres",
      enabled: false,
      config,
      recipients: ["Legacy Name Only"],
    })
    .returning();
  created.push(row!.id);
  return row!;
}

const auditFor = (systemId: string) =>
  db()
    .select()
    .from(auditLog)
    .where(sql`${auditLog.payload}->>'systemId' = ${systemId}`)
    .orderBy(asc(auditLog.seq));

describe("system register use cases", () => {
  it("updates the register facts with an audit entry of what changed, and refuses a stale form", async () => {
    const s = await system("manual");
    const staffId = randomUUID();
    const view = await getSystem({ systemId: s.id });
    expect(view.facts.recipients).toEqual(["Legacy Name Only"]);

    const facts = registerFactsFormSchema.parse({
      purposes: "Support (contract)\n",
      categories: "Contact details",
      recipients: "Legacy Name Only\nParcelCo SAS <privacy@parcelco.test>",
      retention: "  ",
      source: "The subject",
    });
    expect(await updateRegisterFacts({ staffId, systemId: s.id, version: view.version, facts })).toEqual({
      changed: ["purposes", "categories", "recipients", "source"],
    });

    const [row] = await db().select().from(dataSystems).where(eq(dataSystems.id, s.id));
    expect(row!.recipients).toEqual(["Legacy Name Only", { name: "ParcelCo SAS", email: "privacy@parcelco.test" }]);
    expect(row!.retention).toBeNull();
    const [entry] = await auditFor(s.id);
    expect(entry).toMatchObject({ actorType: "staff", actorId: staffId, action: "system.register_updated" });
    expect(entry!.payload).toMatchObject({
      key: s.key,
      changed: ["purposes", "categories", "recipients", "source"],
      after: { source: "The subject" },
      before: { source: null },
    });

    // The first form's version is now stale: saving it again would undo the edit above.
    await expect(
      updateRegisterFacts({ staffId, systemId: s.id, version: view.version, facts: { ...facts, purposes: ["Other"] } }),
    ).rejects.toMatchObject({ code: "conflict" });
    const fresh = await getSystem({ systemId: s.id });
    expect(await updateRegisterFacts({ staffId, systemId: s.id, version: fresh.version, facts })).toEqual({
      changed: [],
    });
    expect(await auditFor(s.id)).toHaveLength(1);
  });

  it("refuses invalid facts and unknown systems", async () => {
    const s = await system("manual");
    const version = (await getSystem({ systemId: s.id })).version;
    await expect(
      updateRegisterFacts({
        staffId: randomUUID(),
        systemId: s.id,
        version,
        facts: { purposes: ["a", "A"], categories: [], recipients: [], retention: null, source: null },
      }),
    ).rejects.toThrow();
    await expect(getSystem({ systemId: randomUUID() })).rejects.toMatchObject({ code: "not_found" });
    await expect(
      setSystemEnabled({ staffId: randomUUID(), systemId: randomUUID(), enabled: true }),
    ).rejects.toMatchObject({ code: "not_found" });
    expect(registerFactsFormSchema.safeParse({ recipients: "Ok Ltd\nBad <x>" }).error?.issues[0]).toMatchObject({
      path: ["recipients"],
      message: expect.stringContaining("line 2"),
    });
  });

  it("enables and disables, auditing only real changes", async () => {
    const s = await system("manual");
    const staffId = randomUUID();
    expect(await setSystemEnabled({ staffId, systemId: s.id, enabled: false })).toEqual({ changed: false });
    expect(await setSystemEnabled({ staffId, systemId: s.id, enabled: true })).toEqual({ changed: true });
    expect(await setSystemEnabled({ staffId, systemId: s.id, enabled: false })).toEqual({ changed: true });
    expect((await auditFor(s.id)).map((a) => a.action)).toEqual(["system.enabled", "system.disabled"]);
  });

  it("stores each connection test's outcome, a configuration that does not load being a failed test", async () => {
    const shop = await system("shop");
    const broken = await system("broken");
    const staffId = randomUUID();

    const ok = await testSystemConnection({ staffId, systemId: shop.id });
    expect(ok).toMatchObject({ ok: true, message: expect.stringContaining("demo-shop") });
    const failed = await testSystemConnection({ staffId, systemId: broken.id });
    expect(failed).toMatchObject({ ok: false, message: expect.stringContaining("The configuration does not load") });

    const views = await listSystems();
    const shopView = views.find((v) => v.id === shop.id)!;
    expect(shopView.capabilities).toMatchObject({ collect: true, erase: true });
    expect(shopView.lastTest).toMatchObject({ ok: true });
    const brokenView = views.find((v) => v.id === broken.id)!;
    expect(brokenView.capabilities).toBeNull();
    expect(brokenView.configError).toBeTruthy();
    expect(brokenView.lastTest).toMatchObject({ ok: false });
    // A test is not an edit: an open register form stays valid.
    expect(shopView.version).toBe(shop.updatedAt.toISOString());
    const entries = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "system.connection_tested"), eq(auditLog.actorId, staffId)));
    expect(entries.map((e) => e.payload)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ systemId: shop.id, ok: true }),
        expect.objectContaining({ systemId: broken.id, ok: false }),
      ]),
    );
  });
});
