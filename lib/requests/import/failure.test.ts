import { describe, expect, it } from "vitest";
import { z } from "zod";
import { detail } from "@/lib/domain/error-details";
import { DomainError } from "@/lib/domain/errors";
import { errorDetailText } from "@/lib/i18n/staff/error-details-fr";
import { localiseFieldReason } from "@/lib/i18n/staff/field-reasons";
import { staffMessages } from "@/lib/i18n/staff";
import { ImportDateError, importFailureOf, storedImportDetail } from "./failure";
import { parseReceivedAt } from "./rows";

/** What the import page shows for a stored failure, as it reads it back (the round trip through jsonb). */
function shown(err: unknown, locale: "fr" | "en") {
  const f = importFailureOf(err, 7)!;
  const stored = storedImportDetail(JSON.parse(JSON.stringify({ code: f.code, ...f.detail })))!;
  const english = staffMessages(locale).errors[stored.code as "conflict"] ?? f.english;
  return stored.detail ? errorDetailText(stored.detail, locale, english) : english;
}

describe("a confirmed import's refused row, stored as a key (request_imports.error_detail)", () => {
  it("keeps a use case's detail key and parameters, and renders them in French", () => {
    const err = new DomainError("forbidden", detail("requests.import_starter_inactive"));
    expect(importFailureOf(err, 3)).toMatchObject({
      row: 3,
      code: "forbidden",
      detail: { key: "requests.import_starter_inactive" },
      english: "The staff member who started this import is no longer active.",
    });
    expect(shown(err, "fr")).toBe("Le membre de l’équipe qui a lancé cet import n’est plus actif.");
    expect(shown(err, "en")).toBe("The staff member who started this import is no longer active.");
  });

  it("names a validation error's columns, not its English reasons", () => {
    const parsed = z.object({ email: z.email(), type: z.enum(["access"]) }).safeParse({ email: "x", type: "y" });
    const f = importFailureOf(parsed.error, 2)!;
    expect(f.detail).toEqual({ key: "requests.import_row_fields_invalid", params: { fields: "email, type" } });
    expect(shown(parsed.error, "fr")).toBe("Ces colonnes ne sont pas valides : email, type.");
  });

  it("an unreadable received_at has its own key; a refusal without a key falls back on its code's sentence", () => {
    expect(shown(new ImportDateError("received_at is required"), "fr")).toMatch(/^Sa colonne received_at/);
    const bare = new DomainError("conflict", "Some English only the API reads.");
    expect(importFailureOf(bare, 1)).toMatchObject({ code: "conflict", detail: undefined });
    expect(shown(bare, "fr")).toBe(staffMessages("fr").errors.conflict);
    expect(importFailureOf(new Error("connection refused"), 1)).toBeNull();
  });

  it("reads nothing odd back from the column", () => {
    expect(storedImportDetail(null)).toBeNull();
    expect(storedImportDetail({ key: "requests.import_row_date_invalid" })).toBeNull();
    expect(storedImportDetail({ code: "conflict", key: "no.such_key" })).toEqual({ code: "conflict" });
  });

  it("the preview's problems read in French too (received_at reasons)", () => {
    for (const text of ["", "2026-11-02", "2026-11-02 09:30 Mars/Olympus", "2026-11-31 09:30 Europe/Paris"]) {
      const reason = parseReceivedAt(text);
      expect(typeof reason).toBe("string");
      expect(localiseFieldReason(reason as string, "fr")).not.toBe(reason);
    }
  });
});
