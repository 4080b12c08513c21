import { expect, it } from "vitest";
import { negotiateLocale } from "./locale";

it.each([
  [null, "en"],
  ["fr-FR,fr;q=0.9,en;q=0.8", "fr"],
  ["en-GB,en;q=0.9,fr;q=0.8", "en"],
  ["de-DE,de;q=0.9", "en"],
  ["de;q=1, fr;q=0.7, en;q=0.5", "fr"],
  ["en;q=0.2, fr;q=0.9", "fr"],
])("Accept-Language %s → %s", (header, expected) => {
  expect(negotiateLocale(header)).toBe(expected);
});
