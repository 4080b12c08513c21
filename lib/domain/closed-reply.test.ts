import { describe, expect, it } from "vitest";
import { closedReplyOpen, closedReplyUntil } from "./closed-reply";

const closedAt = new Date("2026-11-03T23:30:00Z"); // 3 Nov in New York, 4 Nov in Paris
const closed = { status: "completed" as const, closedAt, verifiedAt: new Date("2026-10-01T00:00:00Z") };
const after = new Date("2026-11-05T09:00:00Z");

describe("closedReplyOpen (QA F27)", () => {
  it("counts 30 calendar days from the closure day in the controller's zone, the last one included", () => {
    expect(closedReplyUntil(closedAt, "Europe/Paris")).toBe("2026-12-04");
    expect(closedReplyUntil(closedAt, "America/New_York")).toBe("2026-12-03");
    expect(closedReplyOpen(closed, after, "2026-12-04", "Europe/Paris")).toBe(true);
    expect(closedReplyOpen(closed, after, "2026-12-05", "Europe/Paris")).toBe(false);
  });

  it("needs a staff message written since the closure", () => {
    expect(closedReplyOpen(closed, null, "2026-11-10", "Europe/Paris")).toBe(false);
    expect(closedReplyOpen(closed, new Date("2026-11-01T00:00:00Z"), "2026-11-10", "Europe/Paris")).toBe(false);
    expect(closedReplyOpen({ ...closed, status: "rejected" }, after, "2026-11-10", "Europe/Paris")).toBe(true);
    expect(closedReplyOpen({ ...closed, status: "withdrawn" }, after, "2026-11-10", "Europe/Paris")).toBe(true);
  });

  it("never for an open request (the ordinary reply), an unverified address or minimised details", () => {
    expect(closedReplyOpen({ ...closed, status: "in_progress" }, after, "2026-11-10", "UTC")).toBe(false);
    expect(closedReplyOpen({ ...closed, status: "withdrawn", verifiedAt: null }, after, "2026-11-10", "UTC")).toBe(
      false,
    );
    expect(closedReplyOpen({ ...closed, minimisedAt: after }, after, "2026-11-10", "UTC")).toBe(false);
  });
});
