import { and, eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { currentStaff } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { auditLog, staffUsers } from "@/lib/db/schema";
import { formOf } from "@/scripts/test-support/form";
import { signedInStaffForFile } from "@/scripts/test-support/session-actions";
import type { SessionClaims } from "@/scripts/test-support/staff-session";
import { setLanguageAction } from "./language-actions";

// Only the cookie decoding and Next's page cache are replaced; the policy, use case and database are real.
const cookie = vi.hoisted(() => ({ claims: null as SessionClaims | null, revalidated: [] as string[] }));
vi.mock("next-auth", async (original) => ({
  ...(await original<typeof import("next-auth")>()),
  getServerSession: async () => cookie.claims,
}));
vi.mock("next/cache", () => ({ revalidatePath: (path: string) => void cookie.revalidated.push(path) }));

const { manager } = signedInStaffForFile(cookie, { manager: "Lena Langue" });

const choose = (locale: string) => setLanguageAction(null, formOf({ locale }));
const entries = () =>
  db()
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.actorId, manager.id), eq(auditLog.action, "staff.language_changed")))
    .orderBy(auditLog.seq); // in the order they were written (without it, whatever order the plan returns)
const saved = async () =>
  (await db().select({ locale: staffUsers.locale }).from(staffUsers).where(eq(staffUsers.id, manager.id)))[0]?.locale;

describe("the staff language switch", () => {
  it("refuses a signed-out caller and changes nothing", async () => {
    expect(await choose("fr")).toMatchObject({ ok: false, code: "unauthenticated" });
    expect(await saved()).toBeNull();
  });

  it("saves the choice of any role with its audit entry; the session then speaks it; choosing it again writes nothing", async () => {
    cookie.claims = manager.claims;
    expect(await currentStaff()).toMatchObject({ id: manager.id, locale: "en" }); // no choice yet, no browser: English
    expect(await choose("fr")).toMatchObject({ ok: true, value: { changed: true } });
    expect(await saved()).toBe("fr");
    expect((await entries()).map((e) => e.payload)).toEqual([{ from: null, to: "fr" }]);
    expect(cookie.revalidated).toEqual(["/staff"]);
    expect(await currentStaff()).toMatchObject({ id: manager.id, locale: "fr" });

    expect(await choose("fr")).toMatchObject({ ok: true, value: { changed: false } });
    expect(await entries()).toHaveLength(1);

    expect(await choose("en")).toMatchObject({ ok: true, value: { changed: true } });
    expect((await entries()).map((e) => e.payload)).toEqual([
      { from: null, to: "fr" },
      { from: "fr", to: "en" },
    ]);
  });

  it("answers an unsupported language with the field and the reason", async () => {
    cookie.claims = manager.claims;
    const before = await saved();
    expect(await choose("de")).toMatchObject({
      ok: false,
      code: "invalid_request",
      fields: { locale: "must be fr or en" },
    });
    expect(await saved()).toBe(before);
  });
});
