"use client";

import { ActionForm } from "../../components/action-form";
import { useStaffMessages } from "../../components/staff-locale";
import { IdentityCheckFields } from "../../components/identity-check-fields";
import { verifyIdentityAction } from "./actions";

/**
 * Staff who checked the person's identity themselves (a known customer on the phone, an ID document
 * with a letter) record how; the request is verified and acknowledged as if the e-mail was confirmed.
 */
export function IdentityVerification(p: { requestId: string; version: number }) {
  const t = useStaffMessages().identity;
  return (
    <details>
      <summary>{t.mark}</summary>
      <ActionForm action={verifyIdentityAction} submitLabel={t.record} pendingLabel={t.saving} label={t.mark}>
        <input type="hidden" name="requestId" value={p.requestId} />
        <input type="hidden" name="version" value={p.version} />
        <IdentityCheckFields required />
      </ActionForm>
    </details>
  );
}
