import { expect, it } from "vitest";
import { negotiateLocale, toLocale } from "./locale";

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

it.each([
  ["fr", "fr"],
  ["en", "en"],
  ["de", "en"],
  ["FR", "en"],
  ["", "en"],
  [null, "en"],
  [undefined, "en"],
])("stored locale %s reads back as %s", (stored, expected) => {
  expect(toLocale(stored)).toBe(expected);
});
