import { formatStaffInstant } from "@/app/(staff)/staff/(app)/components/staff-display";
import { controllerProfile } from "@/lib/env";

/** Shown on a request whose subject data the retention job destroyed (lib/maintenance). */
export function MinimisedNotice({ at }: { at: Date }) {
  const zone = controllerProfile().timeZone;
  return (
    <p className="notice" role="status" data-testid="minimised-notice">
      <strong>Minimised on {formatStaffInstant(at, "en", zone)}.</strong> The record period ended, so the
      requester&apos;s details, messages, notes and packages were destroyed. The reference, dates, type, regime, outcome
      and audit trail are kept.
      <br />
      <span lang="fr">
        <strong>Minimisée le {formatStaffInstant(at, "fr", zone)}.</strong> La durée de conservation est écoulée : les
        données de la personne, les messages, les notes et les dossiers ont été détruits. La référence, les dates, le
        type, le régime, l&apos;issue et le journal d&apos;audit sont conservés.
      </span>
    </p>
  );
}
