import { cache } from "react";
import { currentStaff } from "@/lib/auth/session";
import { controllerProfile } from "@/lib/env";
import { formatStaffInstant } from "./staff-display";

/**
 * For server components: how a moment is shown to the signed-in member — in the controller's time zone,
 * labelled with it, in the member's language (read once per render).
 */
export const staffInstantFormatter = cache(async (): Promise<(d: Date) => string> => {
  const locale = (await currentStaff())?.locale;
  const zone = controllerProfile().timeZone;
  return (d: Date) => formatStaffInstant(d, locale, zone);
});
