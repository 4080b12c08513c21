import { describe, expect, it } from "vitest";
import { guessField } from "./field-guess";

const field = (table: string, name: string) => ({ key: `s1|${table}|${name}`, table, field: name });
const fields = [
  field("shop.customers", "phone"),
  field("shop.customers", "birth_date"),
  field("shop.addresses", "city"),
  field("shop.customers", "first_name"),
  field("shop.customers", "last_name"),
  field("shop.addresses", "postal_code"),
];

describe("guessField", () => {
  it("matches the field name itself, with or without its table", () => {
    expect(guessField("first_name", fields)).toBe("s1|shop.customers|first_name");
    expect(guessField("shop.addresses city", fields)).toBe("s1|shop.addresses|city");
  });

  it("understands the words subjects use, in English and French, accents and case aside", () => {
    expect(guessField("Phone number", fields)).toBe("s1|shop.customers|phone");
    expect(guessField("Numéro de TÉLÉPHONE", fields)).toBe("s1|shop.customers|phone");
    expect(guessField("Date of birth", fields)).toBe("s1|shop.customers|birth_date");
    expect(guessField("Town", fields)).toBe("s1|shop.addresses|city");
    expect(guessField("Surname", fields)).toBe("s1|shop.customers|last_name");
    expect(guessField("Code postal", fields)).toBe("s1|shop.addresses|postal_code");
  });

  it("falls back to a field named among the words", () => {
    expect(guessField("my city please", fields)).toBe("s1|shop.addresses|city");
  });

  it("guesses nothing rather than something wrong", () => {
    expect(guessField("Favourite colour", fields)).toBe("");
    expect(guessField("", fields)).toBe("");
    expect(guessField("   ", fields)).toBe("");
    expect(guessField("Phone", [])).toBe("");
  });
});
