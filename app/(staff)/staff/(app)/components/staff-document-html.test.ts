import { describe, expect, it } from "vitest";
import { STAFF_ROLES } from "@/lib/domain/vocabulary";
import { staffDocument, staffDocumentHtml } from "./staff-document";

// The queue's document is the React chrome rendered once per language and role, then filled in: it must
// be exactly what rendering the chrome for this member would give.
describe("staffDocumentHtml", () => {
  const cases = STAFF_ROLES.flatMap((role) =>
    (["en", "fr"] as const).flatMap((locale) =>
      [
        { unread: 0, csrfToken: null, name: 'Alix <Agent> & "Co" l\'ami' },
        { unread: 7, csrfToken: 'abc"def', name: "Dora" },
        { unread: 150, csrfToken: "token", name: "@@DSR:BODY@@" },
      ].map((c) => ({ role, locale, ...c })),
    ),
  );
  it.each(cases)("fills the template as the chrome renders ($role, $locale, $unread unread)", (c) => {
    const input = {
      staff: {
        id: "0183c782-731e-4fe2-b1b3-28b9e09aef39",
        email: "a@example.net",
        name: c.name,
        role: c.role,
        locale: c.locale,
      },
      title: "Requests — <DSR> desk",
      nonce: null,
      pageSheet: "queue" as const,
      unread: c.unread,
      csrfToken: c.csrfToken,
      back: '/staff/requests?status=new&q="x"',
    };
    const body = '<h1>Requests</h1><p data-x="1">a &amp; b</p>';
    const expected = staffDocument({ ...input, children: "@@BODY@@" }).replace("@@BODY@@", body);
    expect(staffDocumentHtml({ ...input, body })).toBe(expected);
  });
});
