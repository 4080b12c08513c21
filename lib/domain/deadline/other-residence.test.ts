import { afterEach, describe, expect, it } from "vitest";
import {
  computeDeadline,
  findJurisdiction,
  listJurisdictions,
  regimeForResidence,
  setEstablishmentSource,
} from "./index";

afterEach(() => setEstablishmentSource(() => undefined));

describe("a residence outside the places listed (OTHER)", () => {
  it("is protected by the law of the controller's establishment, with its calendar and zone (GDPR Art. 3(1))", () => {
    setEstablishmentSource(() => "FR");
    expect(findJurisdiction("other")).toMatchObject({ code: "OTHER", regime: "GDPR", timeZone: "Europe/Paris" });
    expect(listJurisdictions().at(-1)).toEqual({ code: "OTHER", regime: "GDPR", timeZone: "Europe/Paris" });
    // A Japanese resident writing to a French shop on 30 Oct 2026: one month → 30 Nov (a Monday), as a French one.
    const receivedAt = new Date("2026-10-30T10:00:00+01:00");
    const other = computeDeadline({ jurisdiction: "OTHER", controller: "FR", receivedAt, requestType: "access" });
    const french = computeDeadline({ jurisdiction: "FR", controller: "FR", receivedAt, requestType: "access" });
    expect(other.dueDate).toBe("2026-11-30");
    expect(other.dueDate).toBe(french.dueDate);
    setEstablishmentSource(() => "BR");
    expect(regimeForResidence("OTHER")).toBe("LGPD");
    setEstablishmentSource(() => "CH");
    expect(regimeForResidence("OTHER")).toBe("NFADP");
  });

  it("is not offered by a controller established in a US state, whose law protects that state's residents only", () => {
    setEstablishmentSource(() => "US-CA");
    expect(regimeForResidence("OTHER")).toBeUndefined();
    expect(listJurisdictions().some((j) => j.code === "OTHER")).toBe(false);
    setEstablishmentSource(() => undefined);
    expect(regimeForResidence("OTHER")).toBeUndefined();
  });
});
