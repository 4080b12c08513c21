import { describe, expect, it } from "vitest";
import { toJsonObject } from "./payload";

describe("toJsonObject", () => {
  it("gives the payload as it reads back from jsonb", () => {
    expect(
      toJsonObject({ when: new Date("2025-06-13T08:00:00.123Z"), gone: undefined, n: NaN, list: [undefined, 1] }),
    ).toEqual({
      when: "2025-06-13T08:00:00.123Z",
      n: null,
      list: [null, 1],
    });
  });

  it("defaults to an empty object and refuses non-objects", () => {
    expect(toJsonObject(undefined)).toEqual({});
    expect(() => toJsonObject([] as unknown as Record<string, unknown>)).toThrow("must be an object");
    expect(() => toJsonObject({ toJSON: () => "text" })).toThrow("must be an object");
  });
});
