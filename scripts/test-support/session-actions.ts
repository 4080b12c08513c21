import { afterAll, beforeAll, beforeEach } from "vitest";
import { closeDb } from "@/lib/db/client";
import type { StaffRole } from "@/lib/domain/vocabulary";
import { staffWithSession, type SessionClaims, type SignedInStaff } from "./staff-session";

/** The state a server-action test's `vi.mock` of next-auth and next/cache reads and writes. */
export interface MockedCookie {
  claims: SessionClaims | null;
  revalidated: string[];
}

/**
 * The set-up every in-process server-action test repeats: one signed-in staff member per role named
 * (`{ agent: "Rita agent" }`: role → display name), created before the file's tests; the mocked cookie
 * signed out and the revalidated paths forgotten before each test; the pool closed after the file.
 * The `vi.mock` calls stay in the test file (vitest hoists them only there). The objects are returned
 * at once and filled in `beforeAll`, so a file can destructure them at the top.
 */
export function signedInStaffForFile<const T extends Partial<Record<StaffRole, string>>>(
  cookie: MockedCookie,
  names: T,
): { [K in keyof T]: SignedInStaff } {
  const staff = Object.fromEntries(Object.keys(names).map((role) => [role, {}])) as { [K in keyof T]: SignedInStaff };
  beforeAll(async () => {
    for (const [role, name] of Object.entries(names) as [StaffRole, string][])
      Object.assign(staff[role as keyof T], await staffWithSession(role, name));
  });
  beforeEach(() => {
    cookie.claims = null;
    cookie.revalidated = [];
  });
  afterAll(() => closeDb());
  return staff;
}
