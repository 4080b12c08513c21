import { describe, expect, it } from "vitest";
import { escapeHtml, queueRowsHtml, type QueueRowView } from "./queue-rows";

const words = {
  duplicate: "(dup.)",
  unassigned: "Unassigned",
  received: "Received",
  due: "Due",
  selectRow: (reference: string) => `Select ${reference}`,
};
const row: QueueRowView = {
  id: "0183c782-731e-4fe2-b1b3-28b9e09aef39",
  reference: "DSR-2026-000123",
  version: 3,
  duplicate: false,
  type: "erasure",
  subject: 'a***@example.com"><script>alert(1)</script>',
  status: "In progress",
  jurisdiction: "FR",
  received: "28 Jun 2025, 23:30",
  due: "2025-07-28",
  badge: { kind: "overdue", daysLeft: -4, label: "4 d overdue" },
  assignee: "Ann <O'Brien> & co",
};

describe("queue rows as HTML", () => {
  it("escapes every character that could open markup or leave an attribute", () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;",
    );
  });

  it("renders one row per request with its link, cells, badge and the bulk checkbox when selectable", () => {
    const html = queueRowsHtml([row], words, true);
    expect(html).toContain('<tr data-reference="DSR-2026-000123">');
    expect(html).toContain(
      'value="0183c782-731e-4fe2-b1b3-28b9e09aef39:3" form="bulk-assign" aria-label="Select DSR-2026-000123"',
    );
    expect(html).toContain('<a href="/staff/requests/0183c782-731e-4fe2-b1b3-28b9e09aef39">DSR-2026-000123</a>');
    expect(html).toContain('<span class="badge overdue">4 d overdue</span>');
    expect(html).toContain("Ann &lt;O&#39;Brien&gt; &amp; co");
    expect(html).not.toContain("<script>");
    // The address may wrap before its "@", escaped on both sides.
    expect(html).toContain('<td class="c-subject">a***<wbr>@example.com&quot;&gt;&lt;script&gt;');
    expect(html.match(/<td/g)).toHaveLength(9);
  });

  it("leaves the checkbox out when the member cannot bulk-assign, and marks duplicates and unassigned rows", () => {
    const html = queueRowsHtml([{ ...row, duplicate: true, assignee: null }], words, false);
    expect(html).not.toContain("checkbox");
    expect(html).toContain('<span class="muted"> (dup.)</span>');
    expect(html).toContain('<td class="c-assignee"><span class="muted">Unassigned</span></td>');
    expect(html.match(/<td/g)).toHaveLength(8);
  });

  it("names the zone a due date is counted in when it is not the header's", () => {
    expect(queueRowsHtml([row], words, false)).toContain(
      '<td class="c-due" data-label="Due">2025-07-28 <span class="badge',
    );
    expect(queueRowsHtml([{ ...row, dueZone: "America/New_York" }], words, false)).toContain(
      '2025-07-28 <span class="zone">(America/New_York)</span> <span class="badge overdue">',
    );
  });
});
