import { describe, expect, it } from "vitest";
import { isLiftNoticeMailKey, liftCalledOffMailKey, liftNoticeMailKey, liftNoticeRound } from "./lift-notices";

const id = "0b8f3c1e-2d4a-4c6b-9e1f-3a5b7c9d1e2f";

describe("lift notice mail keys", () => {
  it("keeps the first lift's key and numbers the next ones, so a lift started again mails a new notice", () => {
    expect(liftNoticeMailKey(id)).toBe(`lift-notice-${id}`);
    expect(liftNoticeMailKey(id, 1)).toBe(`lift-notice-${id}`);
    expect(liftNoticeMailKey(id, 2)).toBe(`lift-notice-${id}-2`);
    for (const round of [1, 2, 3, 10, 42]) expect(liftNoticeRound(id, liftNoticeMailKey(id, round))).toBe(round);
  });

  it("recognises only this request's notice keys", () => {
    expect(isLiftNoticeMailKey(id, `lift-notice-${id}-3`)).toBe(true);
    for (const key of [
      `lift-notice-${id}-1`,
      `lift-notice-${id}-02`,
      `lift-notice-${id}-x`,
      `lift-notice-${id}-`,
      `lift-called-off-${id}`,
      liftCalledOffMailKey(liftNoticeMailKey(id, 2)),
      `lift-notice-${id.replace("0b", "1b")}`,
      `verify-${id}-1`,
    ])
      expect(isLiftNoticeMailKey(id, key)).toBe(false);
  });

  it("gives each notice its own called-off key", () => {
    expect(liftCalledOffMailKey(liftNoticeMailKey(id))).toBe(`lift-called-off-${id}`);
    expect(liftCalledOffMailKey(liftNoticeMailKey(id, 2))).toBe(`lift-called-off-${id}-2`);
  });
});
