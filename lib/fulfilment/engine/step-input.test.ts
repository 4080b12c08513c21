import { describe, expect, it } from "vitest";
import type { TaskRow } from "@/lib/db/queries/tasks";
import { stepInputFor } from "./step-input";

const task = (operation: string) => ({ id: "t", operation, systemId: "s", status: "pending" }) as TaskRow;

describe("stepInputFor", () => {
  it("asks a confirmation's collect for counts only, and an access's for the records", () => {
    expect(stepInputFor(task("collect"), [], "confirmation")).toEqual({ countOnly: true });
    expect(stepInputFor(task("collect"), [], "access")).toBeUndefined();
  });
});
