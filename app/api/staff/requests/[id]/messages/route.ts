import { z } from "zod";
import { sendStaffMessage } from "@/lib/requests/staff/send-staff-message";
import { staffRoute } from "@/lib/http/staff-route";

/** POST {message}: writes to the subject (stored, audited, mailed in their language). */
export const POST = staffRoute("api.request.message", {
  input: z.object({ id: z.uuid(), message: z.string().max(5000) }),
  policy: "request.message",
  run: (input, staff) => sendStaffMessage({ requestId: input.id, staffId: staff.id, message: input.message }),
});
