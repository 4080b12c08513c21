import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatRecipient, parseRecipientLines, recipientEmail, recipientName, registerRecipients } from "./recipients";

describe("parseRecipientLines", () => {
  it("reads `Name <address>` and name-only lines, skipping blank lines", () => {
    const parsed = parseRecipientLines(
      "ParcelCo SAS (delivery, France) <privacy@parcelco.test>\n\n  PayFast Ltd  \r\nMailJetty SAS<dpo@mailjetty.test>\n",
    );
    expect(parsed).toEqual({
      ok: true,
      recipients: [
        { name: "ParcelCo SAS (delivery, France)", email: "privacy@parcelco.test" },
        "PayFast Ltd",
        { name: "MailJetty SAS", email: "dpo@mailjetty.test" },
      ],
    });
  });

  it("accepts an empty list", () => {
    expect(parseRecipientLines("")).toEqual({ ok: true, recipients: [] });
    expect(parseRecipientLines(" \n \n")).toEqual({ ok: true, recipients: [] });
  });

  it("collapses runs of spaces inside a name", () => {
    expect(parseRecipientLines("Acme   Corp\t Ltd")).toEqual({ ok: true, recipients: ["Acme Corp Ltd"] });
  });

  it("reports each bad line with its number", () => {
    const parsed = parseRecipientLines(
      "Good Ltd\n<only@address.test>\nBad <not-an-address>\nHalf <open@x.test\nEmpty <>\nGood Ltd",
    );
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors.map((e) => e.line)).toEqual([2, 3, 4, 5, 6]);
    expect(parsed.errors[0]!.message).toMatch(/name/);
    expect(parsed.errors[1]!.message).toMatch(/not a valid e-mail/);
    expect(parsed.errors[2]!.message).toMatch(/Name <address>/);
    expect(parsed.errors[3]!.message).toMatch(/between < and >/);
    expect(parsed.errors[4]!.message).toMatch(/listed twice/);
  });

  it("refuses a duplicate name whatever its case", () => {
    expect(parseRecipientLines("Acme <a@acme.test>\nACME").ok).toBe(false);
  });

  it("refuses overlong names and too many recipients", () => {
    expect(parseRecipientLines("x".repeat(201)).ok).toBe(false);
    const many = Array.from({ length: 51 }, (_, i) => `Recipient ${i}`).join("\n");
    expect(parseRecipientLines(many)).toMatchObject({ ok: false, errors: [{ line: 0 }] });
  });

  it("round-trips what it formats", () => {
    const name = fc
      .string({ minLength: 1, maxLength: 40 })
      .map((s) =>
        s
          .replace(/[<>\r\n]/g, "")
          .replace(/\s+/g, " ")
          .trim(),
      )
      .filter((s) => s.length > 0);
    const recipient = fc.oneof(
      name,
      fc.record({ name, email: fc.constantFrom("a@b.test", "privacy@parcelco.test", "dpo+dsr@example.com") }),
    );
    fc.assert(
      fc.property(
        fc.uniqueArray(recipient, { maxLength: 10, selector: (r) => recipientName(r).toLowerCase() }),
        (list) => {
          const parsed = parseRecipientLines(list.map(formatRecipient).join("\n"));
          expect(parsed).toEqual({ ok: true, recipients: list });
        },
      ),
    );
  });
});

describe("recipientName / recipientEmail / formatRecipient", () => {
  it("reads both stored shapes", () => {
    expect(recipientName("PayFast Ltd")).toBe("PayFast Ltd");
    expect(recipientEmail("PayFast Ltd")).toBeNull();
    expect(recipientName({ name: "ParcelCo SAS", email: "privacy@parcelco.test" })).toBe("ParcelCo SAS");
    expect(recipientEmail({ name: "ParcelCo SAS", email: "privacy@parcelco.test" })).toBe("privacy@parcelco.test");
    expect(recipientEmail({ name: "ParcelCo SAS" })).toBeNull();
    expect(recipientEmail({ name: "ParcelCo SAS", email: " " })).toBeNull();
  });

  it("answers empty for values that are not recipients", () => {
    for (const v of [null, undefined, 42, {}, { name: 3 }, []]) {
      expect(recipientName(v)).toBe("");
      expect(recipientEmail(v)).toBeNull();
    }
  });

  it("formats one form line", () => {
    expect(formatRecipient({ name: "ParcelCo SAS", email: "privacy@parcelco.test" })).toBe(
      "ParcelCo SAS <privacy@parcelco.test>",
    );
    expect(formatRecipient({ name: "ParcelCo SAS" })).toBe("ParcelCo SAS");
    expect(formatRecipient("PayFast Ltd")).toBe("PayFast Ltd");
  });
});

describe("registerRecipients", () => {
  it("keeps well-formed entries of a jsonb value and drops the rest", () => {
    expect(
      registerRecipients(["A", { name: "B", email: "b@b.test" }, { name: "C" }, 7, { email: "x@y.test" }, ""]),
    ).toEqual(["A", { name: "B", email: "b@b.test" }, { name: "C" }]);
    expect(registerRecipients(null)).toEqual([]);
    expect(registerRecipients("A")).toEqual([]);
  });
});
