import { describe, expect, it } from "vitest";
import { flashCookie, readFlash, safeBack } from "./form-post";
import { csrfTokenOf } from "./staff-document";

describe("plain staff forms: where they come back to and what they say there", () => {
  it("goes back only to a staff path on this site", () => {
    expect(safeBack("/staff/requests?status=new&after=abc")).toBe("/staff/requests?status=new&after=abc");
    expect(safeBack("//evil.example/staff")).toBe("/staff/requests");
    expect(safeBack("https://evil.example/staff/requests")).toBe("/staff/requests");
    expect(safeBack("/staff/requests?x=1#frag")).toBe("/staff/requests");
    expect(safeBack("/\\evil.example")).toBe("/staff/requests");
    expect(safeBack(null)).toBe("/staff/requests");
  });

  it("round-trips a flash message through its cookie, and clears it once read", () => {
    const set = flashCookie({ kind: "ok", text: "3 attribuée(s) <b>" }, false);
    expect(set).toMatch(/^dsr-flash=[\w-]+; Path=\/staff; Max-Age=60; HttpOnly; SameSite=Lax/);
    const value = set.split(";")[0]!;
    const { flash, clear } = readFlash(`a=1; ${value}; b=2`, false);
    expect(flash).toEqual({ kind: "ok", text: "3 attribuée(s) <b>" });
    expect(clear).toMatch(/^dsr-flash=; Path=\/staff; Max-Age=0/);
    expect(readFlash("dsr-flash=not-json", false)).toEqual({
      flash: null,
      clear: expect.stringContaining("Max-Age=0"),
    });
    expect(readFlash(`${value}`, true).clear).toContain("; Secure");
    expect(readFlash("other=1", true)).toEqual({ flash: null, clear: null });
  });

  it("finds next-auth's CSRF token for the sign-out form", () => {
    expect(csrfTokenOf("next-auth.csrf-token=abc123%7Chash; x=1")).toBe("abc123");
    expect(csrfTokenOf("__Host-next-auth.csrf-token=tok|h")).toBe("tok");
    expect(csrfTokenOf("x=1")).toBeNull();
  });
});
