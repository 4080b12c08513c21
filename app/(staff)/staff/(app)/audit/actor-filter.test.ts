import { describe, expect, it } from "vitest";
import { idlessActorsNamed, matchedActorsLabel } from "./actor-filter";

const words = {
  roles: { admin: "admin", dpo: "DPO", agent: "agent", manager: "manager" },
  apiKey: "API key {name}",
  system: "The system",
  subject: "The subject",
  more: "{names} and {n} more",
};

describe("the audit page's 'who acted' text", () => {
  it("names the system and the subject in part, in either language, whatever the case", () => {
    expect(idlessActorsNamed("SYS")).toEqual(["system"]);
    expect(idlessActorsNamed("Système")).toEqual(["system"]);
    expect(idlessActorsNamed(" subject ")).toEqual(["subject"]);
    expect(idlessActorsNamed("personne")).toEqual(["subject"]);
    expect(idlessActorsNamed("alex")).toEqual([]);
    expect(idlessActorsNamed("  ")).toEqual([]);
  });

  it("shows who it matched: namesakes told apart by e-mail, API keys and the system named, the rest counted", () => {
    const staff = [
      { id: "1", name: "Alex Martin", email: "alex@demo.test", role: "agent" },
      { id: "2", name: "Alex Martin", email: "a.martin@demo.test", role: "dpo" },
    ];
    expect(matchedActorsLabel({ staff, apiKeys: [{ name: "CRM sync" }], idless: ["system"] }, words)).toBe(
      "Alex Martin (agent, alex@demo.test), Alex Martin (DPO, a.martin@demo.test), API key CRM sync, The system",
    );
    const many = Array.from({ length: 8 }, (_, i) => ({ id: `${i}`, name: `Member ${i}`, email: "", role: "agent" }));
    expect(matchedActorsLabel({ staff: many, apiKeys: [], idless: [] }, words, 3)).toBe(
      "Member 0 (agent), Member 1 (agent), Member 2 (agent) and 5 more",
    );
  });
});
