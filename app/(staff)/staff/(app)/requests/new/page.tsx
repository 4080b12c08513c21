import { listJurisdictions, type RegimeCode } from "@/lib/domain/deadline";
import { controllerProfile, env } from "@/lib/env";
import { regimeShortName } from "@/lib/domain/deadline/regime-names";
import { grantedAtResidence } from "@/lib/domain/rights";
import { isOptOutType, REQUEST_TYPES } from "@/lib/domain/vocabulary";
import { requireStaffPage } from "@/lib/http/staff-page";
import { staffMessages } from "@/lib/i18n/staff";
import { IntakeForm } from "./intake-form";
import { staffResidenceOptions } from "@/lib/i18n/residence-label";
import { staffTitle } from "@/lib/http/staff-title";

export const generateMetadata = staffTitle("newRequest");

export default async function NewRequestPage() {
  const staff = await requireStaffPage("request.create");
  const t = staffMessages(staff.locale).intake;
  // Per residence, the request types its law does not grant (the intake's rule): the form warns before filing.
  // Not the opt-outs: those the law does not grant are refused at intake (valid-intake.ts), with their error.
  const notGranted = Object.fromEntries(
    listJurisdictions().map((j) => [
      j.code,
      {
        law: regimeShortName(j.regime as RegimeCode, staff.locale ?? "en"),
        types: REQUEST_TYPES.filter((type) => !isOptOutType(type) && !grantedAtResidence(j.code, type)),
      },
    ]),
  );
  return (
    <>
      <h1>{t.title}</h1>
      <p className="muted">{t.lead}</p>
      <IntakeForm
        types={[...REQUEST_TYPES]}
        jurisdictions={staffResidenceOptions(staff.locale ?? "en")}
        notGranted={notGranted}
        defaultJurisdiction={env().DEFAULT_JURISDICTION}
        timeZone={controllerProfile().timeZone}
      />
    </>
  );
}
