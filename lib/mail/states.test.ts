import { describe, expect, it } from "vitest";
import { messageIdFor, redactMailError, requeueBackoffMs } from "./states";

describe("mail states", () => {
  it("backs off doubling from the base up to the cap", () => {
    const base = 300_000;
    const max = 6 * 3_600_000;
    expect([0, 1, 2, 3].map((n) => requeueBackoffMs(n, base, max))).toEqual([300_000, 600_000, 1_200_000, 2_400_000]);
    expect(requeueBackoffMs(7, base, max)).toBe(max);
    expect(requeueBackoffMs(1_000, base, max)).toBe(max);
  });

  it("gives one Message-ID per key, on the sender's domain", () => {
    const a = messageIdFor("verification-1-1", "Privacy Team <privacy@shop.example>");
    expect(a).toMatch(/^<dsr-[0-9a-f]{40}@shop\.example>$/);
    expect(messageIdFor("verification-1-1", "privacy@shop.example")).toBe(a);
    expect(messageIdFor("verification-1-2", "privacy@shop.example")).not.toBe(a);
  });

  it("keeps no address in the error shown to staff", () => {
    const e = redactMailError(
      "550 5.1.1 <jane.doe@example.org>: Recipient address rejected\n  (for jane.doe@example.org)",
    );
    expect(e).not.toContain("jane.doe");
    expect(e).toBe("550 5.1.1 <<address>>: Recipient address rejected (for <address>)");
  });
});
