import { describe, expect, it } from "vitest";
import { staffChoiceLabel } from "./staff-choice";

const roles = { admin: "administrateur", dpo: "DPO", agent: "agent", manager: "responsable" };
const staff = [
  { id: "1", name: "Alex Martin", email: "alex.martin@demo.test", role: "agent" },
  { id: "2", name: "alex martin ", email: "a.martin@demo.test", role: "agent" },
  { id: "3", name: "Sam Dupont", email: "sam@demo.test", role: "manager" },
];

describe("the audit page's choice of who acted", () => {
  it("tells two members with the same name apart by their e-mail, and shows every member's role", () => {
    const labels = staff.map((m) => staffChoiceLabel(m, staff, roles));
    expect(labels).toEqual([
      "Alex Martin (agent, alex.martin@demo.test)",
      "alex martin  (agent, a.martin@demo.test)",
      "Sam Dupont (responsable)",
    ]);
    expect(new Set(labels).size).toBe(labels.length);
  });
});
