import type { JWT } from "next-auth/jwt";
import { afterEach, describe, expect, it, vi } from "vitest";
import { authOptions } from "./options";

/** The session's JWT callback: a session lasts at most 8 h from sign-in, however often the cookie is re-issued. */
const refresh = (token: JWT) =>
  authOptions.callbacks!.jwt!({ token, trigger: "update" } as Parameters<
    NonNullable<NonNullable<typeof authOptions.callbacks>["jwt"]>
  >[0]) as Promise<JWT>;

const signedInAt = Date.UTC(2026, 10, 30, 8, 0, 0);
const token: JWT = { sub: "s1", uid: "s1", role: "agent", sv: 1, authAt: signedInAt / 1000 };

afterEach(() => vi.useRealTimers());

describe("staff session lifetime", () => {
  it("keeps the session until 8 h after sign-in and signs it out after, even when re-issued in between", async () => {
    vi.useFakeTimers();
    vi.setSystemTime(signedInAt + 8 * 3600_000);
    expect(await refresh(token)).toMatchObject({ uid: "s1", authAt: signedInAt / 1000 });
    vi.setSystemTime(signedInAt + 8 * 3600_000 + 1_000);
    expect(await refresh(token)).toEqual({});
  });

  it("signs out a token without its sign-in time", async () => {
    expect(await refresh({ sub: "s1", uid: "s1", role: "agent", sv: 1 })).toEqual({});
  });
});
