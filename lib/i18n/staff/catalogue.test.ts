import { describe, expect, it } from "vitest";
import {
  CHANNELS,
  IDENTITY_CHECK_METHODS,
  REFUSAL_REASONS,
  REQUEST_STATUSES,
  REQUEST_TYPES,
  STAFF_ROLES,
} from "@/lib/domain/vocabulary";
import { AUDIT_ACTION_NAMES } from "@/lib/domain/audit-actions";
import { DOMAIN_ERROR_STATUS } from "@/lib/domain/errors";
import { staffEn } from "./en";
import { staffFr } from "./fr";

type Tree = { [key: string]: string | Tree };

/** Every leaf as `path → text`. */
function leaves(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${k}` : k;
    if (typeof v === "string") out.set(path, v);
    else for (const [p, t] of leaves(v, path)) out.set(p, t);
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("staff catalogues", () => {
  const en = leaves(staffEn as Tree);
  const fr = leaves(staffFr as Tree);

  it("have exactly the same keys in French and English", () => {
    expect([...fr.keys()].sort()).toEqual([...en.keys()].sort());
    expect(en.size).toBeGreaterThan(200);
  });

  it("fill the same placeholders in both languages, and no text is empty", () => {
    for (const [key, text] of en) {
      expect(text.trim(), key).not.toBe("");
      expect(fr.get(key)!.trim(), key).not.toBe("");
      expect(placeholders(fr.get(key)!), key).toEqual(placeholders(text));
    }
  });

  it("name every status, type, channel, role and refusal reason, and only real audit actions", () => {
    for (const cat of [staffEn, staffFr]) {
      expect(Object.keys(cat.status).sort()).toEqual([...REQUEST_STATUSES].sort());
      expect(Object.keys(cat.types).sort()).toEqual([...REQUEST_TYPES].sort());
      expect(Object.keys(cat.channels).sort()).toEqual([...CHANNELS].sort());
      expect(Object.keys(cat.chrome.roles).sort()).toEqual([...STAFF_ROLES].sort());
      expect(Object.keys(cat.actions.refusalReasons).sort()).toEqual([...REFUSAL_REASONS].sort());
      expect(Object.keys(cat.identity.methods).sort()).toEqual([...IDENTITY_CHECK_METHODS].sort());
      for (const action of Object.keys(cat.timeline)) expect(AUDIT_ACTION_NAMES).toContain(action);
      // Every code of the error table, plus the boundary's own internal_error.
      expect(Object.keys(cat.errors).sort()).toEqual([...Object.keys(DOMAIN_ERROR_STATUS), "internal_error"].sort());
    }
  });

  it("really is French where it should be", () => {
    expect(staffFr.status.awaiting_subject).not.toBe(staffEn.status.awaiting_subject);
    const same = [...en].filter(([k, v]) => fr.get(k) === v).map(([k]) => k);
    // Words that are the same in both languages (Type, E-mail, DPO, …) stay few.
    expect(same.length).toBeLessThan(en.size / 10);
  });
});
