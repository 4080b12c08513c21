import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { canonicalEntry, canonicalJson } from "./canonical";

describe("canonicalJson", () => {
  it("sorts keys recursively and writes no whitespace", () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { y: null, x: "s" }], c: true } })).toBe(
      '{"a":{"c":true,"d":[3,{"x":"s","y":null}]},"b":1}',
    );
  });

  it("keeps array order and escapes strings like JSON.stringify", () => {
    expect(canonicalJson(["b", "a", 'q"\n\u2028é'])).toBe(`["b","a",${JSON.stringify('q"\n\u2028é')}]`);
  });

  it("sorts keys by UTF-16 code units, not locale", () => {
    expect(canonicalJson({ b: 0, B: 0, é: 0, a: 0, "10": 0, "9": 0 })).toBe('{"10":0,"9":0,"B":0,"a":0,"b":0,"é":0}');
  });

  it("keeps a __proto__ key read from JSON as data", () => {
    expect(canonicalJson(JSON.parse('{"__proto__":{"x":1},"a":2}'))).toBe('{"__proto__":{"x":1},"a":2}');
  });

  it.each([
    ["undefined", undefined],
    ["NaN", NaN],
    ["Infinity", Infinity],
    ["a Date", new Date(0)],
    ["a bigint", BigInt(1)],
    ["a nested undefined", { a: undefined }],
    ["a Map", new Map()],
  ])("refuses %s", (_label, value) => {
    expect(() => canonicalJson(value)).toThrow(TypeError);
  });

  it("does not depend on key order and survives a JSON round trip", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = canonicalJson(value);
        expect(canonicalJson(JSON.parse(JSON.stringify(value)))).toBe(text);
        expect(canonicalJson(reverseKeys(value))).toBe(text);
        expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(value)));
      }),
    );
  });
});

describe("canonicalEntry", () => {
  it("covers every hashed field, in sorted key order", () => {
    expect(
      canonicalEntry({
        seq: 42,
        at: "2025-06-13T08:00:00.123Z",
        actorType: "staff",
        actorId: "staff-1",
        action: "request.extended",
        requestId: null,
        payload: { reason: "Complex" },
      }),
    ).toBe(
      '{"action":"request.extended","actorId":"staff-1","actorType":"staff","at":"2025-06-13T08:00:00.123Z","payload":{"reason":"Complex"},"requestId":null,"seq":42}',
    );
  });
});

function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys);
  if (value === null || typeof value !== "object") return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value).reverse()) {
    Object.defineProperty(out, key, {
      value: reverseKeys((value as Record<string, unknown>)[key]),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return out;
}
