import { describe, expect, it } from "vitest";
import { liftStateOf } from "./lift-state";

const restrict = { operation: "restrict", status: "succeeded" };
const notice = (status: string) => ({ operation: "lift_notice", status });

describe("liftStateOf", () => {
  it("none before any lift, pending while the notice is open, cancelled once staff called it off, done after", () => {
    expect(liftStateOf([restrict])).toBe("none");
    for (const status of ["pending", "running", "waiting", "failed"])
      expect(liftStateOf([restrict, notice(status)])).toBe("pending");
    expect(liftStateOf([restrict, notice("skipped"), { operation: "lift_restriction", status: "skipped" }])).toBe(
      "cancelled",
    );
    expect(liftStateOf([restrict, notice("succeeded")])).toBe("done");
  });
});
