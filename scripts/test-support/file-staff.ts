import { afterAll, beforeAll } from "vitest";
import { closeDb } from "@/lib/db/client";
import { testStaff } from "./fulfilment";

type Role = Parameters<typeof testStaff>[0];
export type TestStaff<R extends Role = Role> = Awaited<ReturnType<typeof testStaff>> & { role: R };

/**
 * The staff members an integration test file works as, one fresh row per name (`{ dpo: "dpo", agent:
 * "agent" }`), created before the file's tests run; the file's database pool is closed after them.
 * The objects are returned at once and filled in `beforeAll`, so a file can destructure them at the top.
 */
export function fileStaff<const T extends Record<string, Role>>(roles: T): { [K in keyof T]: TestStaff<T[K]> } {
  const staff = Object.fromEntries(Object.keys(roles).map((name) => [name, {}])) as {
    [K in keyof T]: TestStaff<T[K]>;
  };
  beforeAll(async () => {
    for (const [name, role] of Object.entries(roles)) Object.assign(staff[name]!, await testStaff(role));
  });
  afterAll(() => closeDb());
  return staff;
}
