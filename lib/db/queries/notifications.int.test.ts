import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { staffNotifications } from "@/lib/db/schema";
import { fileStaff } from "@/scripts/test-support/file-staff";
import { markNotificationsRead, unreadCount } from "./notifications";

/**
 * README (*Staff screens at volume*): "the bell counts at most 100 unread" — the count the bell asks for is
 * capped, however many a member has piled up, and stays scoped to that member.
 */
const { dpo, other } = fileStaff({ dpo: "dpo", other: "dpo" });

const ring = (userId: string, n: number) =>
  db()
    .insert(staffNotifications)
    .values(Array.from({ length: n }, (_, i) => ({ userId, kind: "test", title: `Alert ${i}` })));

describe("the bell's unread count", () => {
  it("stops at the cap (100) past it, counts exactly below it, and never another member's", async () => {
    await ring(dpo.id, 150);
    await ring(other.id, 3);
    expect(await unreadCount(db(), { userId: dpo.id, cap: 100 })).toBe(100);
    expect(await unreadCount(db(), { userId: dpo.id })).toBe(150);
    expect(await unreadCount(db(), { userId: other.id, cap: 100 })).toBe(3);

    // Marking read is scoped to the member too: the other's stay unread.
    expect(await markNotificationsRead(db(), { userId: dpo.id })).toBe(150);
    expect(await unreadCount(db(), { userId: dpo.id, cap: 100 })).toBe(0);
    expect(await unreadCount(db(), { userId: other.id, cap: 100 })).toBe(3);
  });
});
