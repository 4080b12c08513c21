import { describe, expect, it } from "vitest";
import { allowedActions } from "@/lib/domain/lifecycle";
import { context } from "@/scripts/test-support/lifecycle";
import { API_SCOPES, scopesGranting, type ApiKeyPrincipal } from "./api-scopes";
import { can, STAFF_ACTIONS } from "./policy";

const key = (...scopes: ApiKeyPrincipal["scopes"]): ApiKeyPrincipal => ({
  kind: "api_key",
  id: "k",
  name: "k",
  scopes,
});

describe("API key scopes in can()", () => {
  it("grants exactly the actions of the key's scopes", () => {
    expect(can(key("requests:read"), "request.view")).toBe(true);
    expect(can(key("requests:read"), "request.view_subject")).toBe(false);
    expect(can(key("requests:read"), "request.start")).toBe(false);
    expect(can(key("requests:transition"), "request.complete")).toBe(true);
    expect(can(key("messages:write"), "request.message")).toBe(true);
    expect(can(key(...API_SCOPES), "users.manage")).toBe(false);
    expect(can(key(...API_SCOPES), "api_keys.manage")).toBe(false);
  });

  it("never lets a key assign itself, only a named staff member", () => {
    const all = key(...API_SCOPES);
    expect(can(all, "request.assign_self")).toBe(false);
    expect(can(all, "request.assign_others")).toBe(true);
  });

  it("names the scope that would allow a refused action", () => {
    expect(scopesGranting("request.view")).toEqual(["requests:read"]);
    expect(scopesGranting("request.verify_identity")).toEqual(["requests:write", "requests:transition"]);
    for (const action of STAFF_ACTIONS) expect(Array.isArray(scopesGranting(action))).toBe(true);
  });

  it("lets the lifecycle treat a key like a supervisor (its scopes are checked before)", () => {
    for (const status of ["unverified", "new", "in_progress", "in_review", "completed"] as const) {
      const ctx = context({ status });
      expect(allowedActions(ctx, { kind: "api_key", id: "k" })).toEqual(
        allowedActions(ctx, { kind: "staff", id: "staff-admin", role: "admin" }),
      );
    }
  });
});
