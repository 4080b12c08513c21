import { ActionForm } from "../../components/action-form";
import { IdentityCheckFields } from "../../components/identity-check-fields";
import { verifyIdentityAction } from "./actions";

/**
 * Staff who checked the person's identity themselves (a known customer on the phone, an ID document
 * with a letter) record how; the request is verified and acknowledged as if the e-mail was confirmed.
 */
export function IdentityVerification(p: { requestId: string; version: number }) {
  return (
    <details>
      <summary>Mark identity as verified</summary>
      <ActionForm
        action={verifyIdentityAction}
        submitLabel="Record identity as verified"
        pendingLabel="Saving…"
        label="Mark identity as verified"
      >
        <input type="hidden" name="requestId" value={p.requestId} />
        <input type="hidden" name="version" value={p.version} />
        <IdentityCheckFields required />
      </ActionForm>
    </details>
  );
}
