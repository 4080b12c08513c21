import { describe, expect, it } from "vitest";
import type { AuditEntry } from "./entry";
import { computeHash, GENESIS_HASH } from "./hash";

const entry: AuditEntry = {
  seq: 1,
  at: "2025-06-13T08:00:00.123Z",
  actorType: "subject",
  actorId: null,
  action: "request.created",
  requestId: "0b8f2c52-6f1e-4c1a-9a55-1f1d4f6b7c01",
  payload: { z: "é\n", a: [1, { c: null, b: true }] },
};

describe("computeHash", () => {
  it("is sha256 hex of prev hash + canonical entry (vector computed with sha256sum)", () => {
    expect(GENESIS_HASH).toBe("0".repeat(64));
    expect(computeHash(GENESIS_HASH, entry)).toBe("c3fdfc7fb799460481ae46be84085ab9f442d60ba465fba4b741df129a30c165");
  });

  it("does not depend on payload key order", () => {
    const reordered = { ...entry, payload: { a: [1, { b: true, c: null }], z: "é\n" } };
    expect(computeHash(GENESIS_HASH, reordered)).toBe(computeHash(GENESIS_HASH, entry));
  });

  it.each<[string, Partial<AuditEntry>]>([
    ["seq", { seq: 2 }],
    ["at", { at: "2025-06-13T08:00:00.124Z" }],
    ["actorType", { actorType: "system" }],
    ["actorId", { actorId: "someone" }],
    ["action", { action: "request.closed" }],
    ["requestId", { requestId: null }],
    ["payload", { payload: { z: "é\n", a: [1, { c: null, b: false }] } }],
  ])("changes when %s changes", (_field, change) => {
    expect(computeHash(GENESIS_HASH, { ...entry, ...change })).not.toBe(computeHash(GENESIS_HASH, entry));
  });

  it("links to the previous hash", () => {
    const first = computeHash(GENESIS_HASH, entry);
    const second = { ...entry, seq: 2 };
    expect(computeHash(first, second)).not.toBe(computeHash(GENESIS_HASH, second));
    expect(computeHash(first, second)).toMatch(/^[0-9a-f]{64}$/);
  });
});
