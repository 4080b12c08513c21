import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { deriveNameIndexKey, nameTokenHashes, nameTokens } from "./name-index";

describe("name tokens", () => {
  it("lowercases, strips accents and splits on spaces, hyphens and apostrophes", () => {
    expect(nameTokens("  Élodie  Dupont-Lefèvre ")).toEqual(["elodie", "dupont", "lefevre"]);
    expect(nameTokens("Seán O’Brien")).toEqual(["sean", "o", "brien"]);
    expect(nameTokens("ANNE anne")).toEqual(["anne"]);
    expect(nameTokens("")).toEqual([]);
  });

  it("hashes tokens with a key derived from, and different from, the blind-index key", () => {
    const blind = randomBytes(32);
    const key = deriveNameIndexKey(blind);
    expect(key.equals(blind)).toBe(false);
    const [a] = nameTokenHashes(key, "Élodie");
    const [b] = nameTokenHashes(key, "elodie");
    expect(a).toBe(b);
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(nameTokenHashes(deriveNameIndexKey(randomBytes(32)), "elodie")[0]).not.toBe(a);
  });
});
