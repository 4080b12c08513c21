import { randomBytes } from "node:crypto";
import type { RequestType, StaffRole } from "@/lib/domain/vocabulary";
import { submitStaffRequest } from "@/lib/requests/intake/staff-intake";

/**
 * A request a French resident sent by e-mail on Monday 5 October 2026 (10:00, Paris), entered by `staff` with
 * the identity known from the account: GDPR, due 5 November 2026 (5 January 2027 once extended).
 */
export async function frenchEmailRequestOf5October(
  staff: { id: string; role: StaffRole },
  p: { type: RequestType; locale: "en" | "fr"; fullName: string },
): Promise<string> {
  const { id } = await submitStaffRequest(
    {
      ...p,
      email: `email.request.${randomBytes(4).toString("hex")}@example.net`,
      jurisdiction: "FR",
      channel: "email",
      receivedAt: "2026-10-05T10:00:00+02:00",
      identityMethod: "known_account",
    },
    staff,
  );
  return id;
}
