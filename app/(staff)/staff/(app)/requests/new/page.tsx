import { listJurisdictions } from "@/lib/domain/deadline";
import { env } from "@/lib/env";
import { REQUEST_TYPES } from "@/lib/domain/vocabulary";
import { requireStaffPage } from "@/lib/http/staff-page";
import { IntakeForm } from "./intake-form";

export const metadata = { title: "New request — privacy requests" };

export default async function NewRequestPage() {
  await requireStaffPage("request.create");
  return (
    <>
      <h1>Enter a request received by phone, letter or e-mail</h1>
      <p className="muted">
        The legal deadline runs from the moment the request reached us: enter the actual time of receipt, not now. The
        subject is then asked to confirm their e-mail address.
      </p>
      <IntakeForm
        types={[...REQUEST_TYPES]}
        jurisdictions={listJurisdictions().map((j) => j.code)}
        defaultJurisdiction={env().DEFAULT_JURISDICTION}
      />
    </>
  );
}
