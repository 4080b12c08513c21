import { listJurisdictions } from "@/lib/domain/deadline";
import { controllerProfile, env } from "@/lib/env";
import { REQUEST_TYPES } from "@/lib/domain/vocabulary";
import { requireStaffPage } from "@/lib/http/staff-page";
import { staffMessages } from "@/lib/i18n/staff";
import { IntakeForm } from "./intake-form";
import { staffTitle } from "@/lib/http/staff-title";

export const generateMetadata = staffTitle("newRequest");

export default async function NewRequestPage() {
  const staff = await requireStaffPage("request.create");
  const t = staffMessages(staff.locale).intake;
  return (
    <>
      <h1>{t.title}</h1>
      <p className="muted">{t.lead}</p>
      <IntakeForm
        types={[...REQUEST_TYPES]}
        jurisdictions={listJurisdictions().map((j) => j.code)}
        defaultJurisdiction={env().DEFAULT_JURISDICTION}
        timeZone={controllerProfile().timeZone}
      />
    </>
  );
}
