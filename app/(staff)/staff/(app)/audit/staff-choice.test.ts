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

describe("labelling a large directory", () => {
  it("labels a member outside the list by the list's names, and namesakes in a list of 5,000", () => {
    const outsider = { id: "9", name: "Sam Dupont", email: "other.sam@demo.test", role: "agent" };
    expect(staffChoiceLabel(outsider, staff, roles)).toBe("Sam Dupont (agent, other.sam@demo.test)");
    const big = Array.from({ length: 5000 }, (_, i) => ({
      id: `m${i}`,
      name: i === 4999 ? "Member 0" : `Member ${i}`,
      email: `m${i}@demo.test`,
      role: "agent",
    }));
    const labels = big.map((m) => staffChoiceLabel(m, big, roles));
    expect(labels[1]).toBe("Member 1 (agent)");
    expect(labels[0]).toBe("Member 0 (agent, m0@demo.test)");
    expect(labels[4999]).toBe("Member 0 (agent, m4999@demo.test)");
  });
});
