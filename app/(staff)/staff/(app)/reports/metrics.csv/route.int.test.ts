import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { closeDb, db } from "@/lib/db/client";
import { ccpaMetrics } from "@/lib/db/queries/reports";
import { resetEnvCache } from "@/lib/env";
import { closeRequests, pastRequest, unusedYear, type PastRequest } from "@/scripts/test-support/report-requests";
import { staffWithSession, type SessionClaims, type SignedInStaff } from "@/scripts/test-support/staff-session";
import { GET } from "./route";

const download = (year: number) =>
  GET(new Request(`http://localhost/staff/reports/metrics.csv?year=${year}`), undefined);

// Only the session cookie decoding is replaced; the account, the policy, the query and the CSV are real.
const cookie = vi.hoisted(() => ({ claims: null as SessionClaims | null }));
vi.mock("next-auth", async (original) => ({
  ...(await original<typeof import("next-auth")>()),
  getServerSession: async () => cookie.claims,
}));

let year: number;
let dpo: SignedInStaff;
let agent: SignedInStaff;
const ids: string[] = [];
const at = (iso: string) => new Date(`${year}-${iso}`);

/**
 * The year's known data set. Access: answered in 10 and 20 days, refused after 30, one still open →
 * 4 received, 2 complied with, 1 denied, median and mean 20 days (over the 3 answered). Erasure:
 * answered in 5, 6 and 45.5 days → median 6, mean 18.83. Objection: withdrawn, so received but neither
 * complied with nor denied, and no days. Requests of the previous and next years do not count, nor do a
 * French and a Virginian's request of the same year (not CCPA requests).
 */
function dataSet(): PastRequest[] {
  return [
    { type: "access", receivedAt: at("01-01T00:00:00Z"), answered: { status: "completed", afterDays: 10 } },
    { type: "access", receivedAt: at("03-15T09:30:00Z"), answered: { status: "completed", afterDays: 20 } },
    { type: "access", receivedAt: at("06-02T14:00:00Z"), answered: { status: "rejected", afterDays: 30 } },
    { type: "access", receivedAt: at("12-31T23:59:59Z") },
    { type: "erasure", receivedAt: at("02-10T08:00:00Z"), answered: { status: "completed", afterDays: 5 } },
    { type: "erasure", receivedAt: at("04-20T08:00:00Z"), answered: { status: "completed", afterDays: 6 } },
    { type: "erasure", receivedAt: at("07-07T08:00:00Z"), answered: { status: "completed", afterDays: 45.5 } },
    { type: "objection", receivedAt: at("09-09T12:00:00Z"), answered: { status: "withdrawn", afterDays: 3 } },
    {
      type: "rectification",
      receivedAt: new Date(Date.UTC(year, 0, 1) - 1000),
      answered: { status: "completed", afterDays: 2 },
    },
    {
      type: "rectification",
      receivedAt: new Date(Date.UTC(year + 1, 0, 1)),
      answered: { status: "rejected", afterDays: 1 },
    },
    // Not California consumers' requests (§ 7102 counts "consumers", Civ. Code § 1798.140(i)): not counted.
    {
      type: "access",
      receivedAt: at("05-05T10:00:00Z"),
      answered: { status: "completed", afterDays: 1 },
      jurisdiction: "FR",
    },
    {
      type: "erasure",
      receivedAt: at("05-06T10:00:00Z"),
      answered: { status: "rejected", afterDays: 2 },
      jurisdiction: "US-VA",
    },
  ];
}

beforeAll(async () => {
  year = await unusedYear();
  for (const r of dataSet()) ids.push((await pastRequest(r)).id);
  dpo = await staffWithSession("dpo");
  agent = await staffWithSession("agent");
});
beforeEach(() => {
  cookie.claims = null;
});
afterAll(async () => {
  await closeRequests(ids);
  await closeDb();
});

describe("CCPA §7102 metrics", () => {
  it("counts, per request type, the requests received in the year, complied with, denied, and the median and mean days to respond", async () => {
    const rows = await ccpaMetrics(db(), {
      from: new Date(Date.UTC(year, 0, 1)),
      to: new Date(Date.UTC(year + 1, 0, 1)),
    });
    expect(rows.map((r) => ({ ...r, meanDays: r.meanDays === null ? null : Number(r.meanDays.toFixed(4)) }))).toEqual([
      { type: "access", received: 4, compliedWholeOrPart: 2, denied: 1, medianDays: 20, meanDays: 20 },
      { type: "erasure", received: 3, compliedWholeOrPart: 3, denied: 0, medianDays: 6, meanDays: 18.8333 },
      { type: "objection", received: 1, compliedWholeOrPart: 0, denied: 0, medianDays: null, meanDays: null },
    ]);
  });

  it("downloads them as CSV for a reports reader, one line per type with days to one decimal, the year in the controller's calendar", async () => {
    cookie.claims = dpo.claims;
    // The route counts the controller's calendar year (11 CCR § 7102 per calendar year, shown in its zone): in
    // Paris the access received at 23:59:59 UTC on 31 December belongs to the next year, and the rectification
    // received one second before the UTC year began (00:59:59 on 1 January in Paris) to this one.
    const zoneBefore = process.env.CONTROLLER_TIME_ZONE;
    process.env.CONTROLLER_TIME_ZONE = "Europe/Paris";
    resetEnvCache();
    const res = await download(year).finally(() => {
      if (zoneBefore === undefined) delete process.env.CONTROLLER_TIME_ZONE;
      else process.env.CONTROLLER_TIME_ZONE = zoneBefore;
      resetEnvCache();
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toBe(`attachment; filename="dsr-metrics-${year}.csv"`);
    expect(await res.text()).toBe(
      [
        "year,type,received,complied_in_whole_or_part,denied,median_days_to_respond,mean_days_to_respond",
        `${year},access,3,2,1,20.0,20.0`,
        `${year},erasure,3,3,0,6.0,18.8`,
        `${year},objection,1,0,0,,`,
        `${year},rectification,1,1,0,2.0,2.0`,
        "",
      ].join("\r\n"),
    );
  });

  it("refuses the CSV to an agent (403) and to nobody signed in (401)", async () => {
    cookie.claims = agent.claims;
    const forbidden = await download(year);
    expect(forbidden.status).toBe(403);
    expect(await forbidden.text()).not.toContain("access");
    cookie.claims = null;
    expect((await download(year)).status).toBe(401);
  });
});
