import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb, db } from "@/lib/db/client";
import { upsertStaff } from "./staff";
import { containsPattern, listStaffPage } from "./staff-directory";

const tag = randomBytes(4).toString("hex");
const made: { id: string; email: string; name: string }[] = [];

beforeAll(async () => {
  // Created one after another, so each is newer than the one before (the list's order).
  for (const [i, name] of [`Dora ${tag} One`, `Dora ${tag} Two`, `Dora ${tag} 50%_off`, `Dora ${tag} Four`].entries()) {
    const email = `dir.${tag}.${i}@T.test`.toLowerCase();
    const s = await upsertStaff(db(), { email, name, role: "agent", passwordHash: "unused" });
    made.push({ id: s.id, email, name });
  }
});
afterAll(() => closeDb());

describe("the admins' list of staff accounts", () => {
  it("finds accounts by part of the name or e-mail, case-insensitively, newest first, with the count", async () => {
    const byName = await listStaffPage(db(), { q: `dora ${tag.toUpperCase()}` });
    expect(byName.total).toBe(4);
    expect(byName.rows.map((r) => r.name)).toEqual(made.map((m) => m.name).reverse());
    expect(byName.next).toBeNull();
    const byEmail = await listStaffPage(db(), { q: `DIR.${tag}.2@` });
    expect(byEmail.rows.map((r) => r.email)).toEqual([made[2]!.email]);
    expect(byEmail.total).toBe(1);
  });

  it("takes %, _ and \\ in a search literally", async () => {
    expect(containsPattern("50%_a\\b")).toBe("%50\\%\\_a\\\\b%");
    const literal = await listStaffPage(db(), { q: `${tag} 50%_` });
    expect(literal.rows.map((r) => r.name)).toEqual([`Dora ${tag} 50%_off`]);
    // As a pattern "%" and "_" would have matched "One" and "Two" too.
    expect((await listStaffPage(db(), { q: `${tag} %` })).total).toBe(0);
    expect((await listStaffPage(db(), { q: `${tag} O_e` })).total).toBe(0);
  });

  it("pages through the matches once each, in order, and keeps the count on every page", async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 10; i++) {
      const page: Awaited<ReturnType<typeof listStaffPage>> = await listStaffPage(db(), { q: tag, after, limit: 3 });
      expect(page.total).toBe(4);
      seen.push(...page.rows.map((r) => r.id));
      if (!page.next) break;
      after = page.next;
    }
    expect(seen).toEqual(made.map((m) => m.id).reverse());
    // Past the last page: no rows, the count still the search's.
    const last = await listStaffPage(db(), { q: tag, after: `2000-01-01T00:00:00.000000Z|${made[0]!.id}` });
    expect(last.rows).toEqual([]);
    expect(last.total).toBe(4);
  });

  it("lists every account without a search, the newest first", async () => {
    const newest = await upsertStaff(db(), {
      email: `dir.${tag}.newest@t.test`,
      name: `Dora ${tag} Newest`,
      role: "manager",
      passwordHash: "unused",
    });
    const page = await listStaffPage(db(), {});
    expect(page.rows.length).toBeLessThanOrEqual(50);
    expect(page.rows.map((r) => r.id)).toContain(newest.id);
    expect(page.total).toBeGreaterThanOrEqual(5);
    // No secret leaves the query.
    expect(Object.keys(page.rows[0]!).sort()).toEqual(
      ["active", "email", "id", "mustChangePassword", "name", "role", "totpEnabledAt"].sort(),
    );
  });
});
