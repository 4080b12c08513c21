import { eq } from "drizzle-orm";
import { db } from "@/lib/db/client";
import { requests } from "@/lib/db/schema";
import { submitStaffRequest } from "@/lib/requests/intake/staff-intake";
import { statusTokenOf } from "@/lib/requests/subject-fields";
import { runStaffTransition } from "@/lib/requests/transitions/run-staff-transition";
import type { TestStaff } from "./file-staff";

export const requestRow = async (id: string) => (await db().select().from(requests).where(eq(requests.id, id)))[0]!;

export type StaffFiled = { email: string; fullName: string; jurisdiction: string; locale?: "en" | "fr" };

/**
 * An access request received by e-mail just now and entered by `staff`, who matched the person to a
 * customer account (so it is filed verified: no verification mail).
 */
export async function staffFiledAccess(staff: TestStaff, input: StaffFiled): Promise<string> {
  const filed = await submitStaffRequest(
    {
      type: "access",
      email: input.email,
      fullName: input.fullName,
      locale: input.locale ?? "en",
      jurisdiction: input.jurisdiction,
      channel: "email",
      receivedAt: new Date().toISOString(),
      identityMethod: "known_account",
      identityNote: "Customer account matched",
    },
    staff,
  );
  return filed.id;
}

/** The request's id, the subject's status token and the controller's time zone (what appeals need). */
export async function appealHandles(id: string) {
  const r = await requestRow(id);
  return { id, token: statusTokenOf(r)!, zone: r.controllerTimeZone ?? "Europe/Paris" };
}

/** A staff-filed access request that `staff` refused (`not_found`): the refusal mail goes out by the outbox. */
export async function refusedAccess(staff: TestStaff, input: StaffFiled) {
  const id = await staffFiledAccess(staff, input);
  await runStaffTransition(
    {
      type: "refuse",
      requestId: id,
      version: (await requestRow(id)).version,
      reasonCode: "not_found",
      reasonText: "We hold no account under this address.",
    },
    staff,
  );
  return appealHandles(id);
}
