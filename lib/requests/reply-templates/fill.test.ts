import { describe, expect, it } from "vitest";
import { fillReplyTemplate } from "./fill";

describe("reply template variables", () => {
  it("fills the known variables, keeps unknown ones and missing values as written", () => {
    expect(
      fillReplyTemplate("Bonjour {name}, votre demande {reference} ({type}) sera traitée avant le {dueDate}. {other}", {
        reference: "DSR-2026-000123",
        dueDate: "15 décembre 2026",
        type: "accès",
      }),
    ).toBe("Bonjour {name}, votre demande DSR-2026-000123 (accès) sera traitée avant le 15 décembre 2026. {other}");
  });
});
