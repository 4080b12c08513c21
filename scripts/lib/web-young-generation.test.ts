import { describe, expect, it } from "vitest";
import { webSemiSpaceArgs } from "./web-young-generation";

describe("WEB_SEMI_SPACE_MB", () => {
  it("gives the web process a 64 MB semi-space unless told otherwise, none with 0", () => {
    expect(webSemiSpaceArgs(undefined)).toEqual(["--max-semi-space-size=64"]);
    expect(webSemiSpaceArgs("")).toEqual(["--max-semi-space-size=64"]);
    expect(webSemiSpaceArgs("32")).toEqual(["--max-semi-space-size=32"]);
    expect(webSemiSpaceArgs("0")).toEqual([]);
  });
  it("refuses what is not a size", () => {
    expect(() => webSemiSpaceArgs("big")).toThrow(/WEB_SEMI_SPACE_MB/);
    expect(() => webSemiSpaceArgs("2048")).toThrow(/WEB_SEMI_SPACE_MB/);
  });
});
