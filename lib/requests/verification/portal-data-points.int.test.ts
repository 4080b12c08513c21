import { and, eq } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { closeDb, db } from "@/lib/db/client";
import { auditLog } from "@/lib/db/schema";
import { submitRequest } from "@/lib/requests/intake/submit-request";
import { freshShopCustomer, shop } from "@/scripts/test-support/fulfilment";
import { matchPortalDataPoints, portalAsksDataPoints } from "./portal-data-points";

afterAll(() => closeDb());

const file = (type: string, email: string, jurisdiction: string) =>
  submitRequest(
    { type, email, fullName: "Portal Points", locale: "en", jurisdiction },
    { channel: "portal", actor: { type: "subject" } },
  );

const audits = async (requestId: string) =>
  db()
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.requestId, requestId), eq(auditLog.action, "request.data_points_matched")));

describe("the portal's CCPA data points (11 CCR § 7062)", () => {
  it("are asked for California's right to know and deletion only", () => {
    expect(portalAsksDataPoints("access", "US-CA")).toBe(true);
    expect(portalAsksDataPoints("erasure", "US-CA")).toBe(true);
    expect(portalAsksDataPoints("rectification", "US-CA")).toBe(false);
    expect(portalAsksDataPoints("access", "US-VA")).toBe(false);
    expect(portalAsksDataPoints("access", "FR")).toBe(false);
  });

  it("a Californian's deletion with last name and phone: sufficient (2 required), audited", async () => {
    const c = await freshShopCustomer(1);
    const [person] = await shop("select last_name, phone from shop.customers where id = $1", [c.id]);
    const { id } = await file("erasure", c.email, "US-CA");
    const result = await matchPortalDataPoints({
      requestId: id,
      type: "erasure",
      jurisdiction: "US-CA",
      points: { lastName: String(person!.last_name).toUpperCase(), phone: String(person!.phone ?? "") || undefined },
    });
    expect(result).toMatchObject({ required: 2, sufficient: true });
    expect(result!.points.lastName).toBe(true);
    const [row] = await audits(id);
    expect(row!.payload).toMatchObject({ required: 2, sufficient: true });
  });

  it("access asks 3; a wrong postcode is recorded as not matched; a Virginian's request records nothing", async () => {
    const c = await freshShopCustomer(1);
    const [person] = await shop("select last_name from shop.customers where id = $1", [c.id]);
    const { id } = await file("access", c.email, "US-CA");
    const result = await matchPortalDataPoints({
      requestId: id,
      type: "access",
      jurisdiction: "US-CA",
      points: { lastName: String(person!.last_name), postcode: "00000" },
    });
    expect(result).toMatchObject({ required: 3 });
    expect(result!.points.postcode).toBe(false);
    expect((await audits(id)).length).toBe(1);

    const va = await file("access", c.email, "US-VA");
    expect(
      await matchPortalDataPoints({
        requestId: va.id,
        type: "access",
        jurisdiction: "US-VA",
        points: { lastName: "x" },
      }),
    ).toBeNull();
    expect(await audits(va.id)).toEqual([]);
  });

  it("access records the declaration under penalty of perjury (11 CCR § 7062(c)), signed or not", async () => {
    const c = await freshShopCustomer(1);
    const [person] = await shop("select last_name, phone from shop.customers where id = $1", [c.id]);
    const points = { lastName: String(person!.last_name), phone: String(person!.phone ?? "") || undefined };
    for (const declarationSigned of [false, true]) {
      const { id } = await file("access", c.email, "US-CA");
      await matchPortalDataPoints({ requestId: id, type: "access", jurisdiction: "US-CA", points, declarationSigned });
      const [row] = await audits(id);
      expect(row!.payload).toMatchObject({ required: 3, declarationRequired: true, declarationSigned });
    }
    // A deletion (2 points, § 7062(d)) needs none.
    const erasure = await file("erasure", c.email, "US-CA");
    await matchPortalDataPoints({
      requestId: erasure.id,
      type: "erasure",
      jurisdiction: "US-CA",
      points,
      declarationSigned: false,
    });
    const [row] = await audits(erasure.id);
    expect(row!.payload).toMatchObject({ declarationRequired: false });
  });
});
