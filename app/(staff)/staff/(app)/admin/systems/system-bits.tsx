import { CAPABILITY_NAMES } from "@/lib/connectors/types";
import { staffInstantFormatter } from "@/app/(staff)/staff/(app)/components/controller-time";
import type { CSSProperties, ReactNode } from "react";
import type { SystemView } from "@/lib/systems/system-view";
import { setSystemEnabledAction, testConnectionAction } from "./actions";
import { fill } from "@/lib/i18n/fill";
import type { StaffMessages } from "@/lib/i18n/staff";
import { localiseConnectionTestMessage } from "@/lib/i18n/staff/connection-test-message";
import { currentStaffLocale, currentStaffWords } from "../../components/staff-words";
import { QuietActionForm } from "./quiet-action-form";

type Words = StaffMessages["systemsAdmin"];
const words = async (): Promise<Words> => (await currentStaffWords()).systemsAdmin;

/** What the connector supports, or why its configuration does not load. */
export async function Capabilities({ system }: { system: SystemView }) {
  const w = await words();
  if (!system.capabilities) {
    return (
      <span className="error config-error" data-testid="config-error">
        {fill(w.configError, { error: system.configError ?? "" })}
      </span>
    );
  }
  const caps = system.capabilities;
  const yes = CAPABILITY_NAMES.filter((c) => caps[c]);
  if (yes.length === 0) return <span className="muted">{w.noCapability}</span>;
  return (
    <ul className="capabilities" aria-label={fill(w.capabilitiesOf, { name: system.name })}>
      {yes.map((c) => (
        <li key={c} className="badge later">
          {w.capabilities[c]}
        </li>
      ))}
    </ul>
  );
}

/** The last connection test; a live region, so the result of "Test connection" is announced when the row refreshes. */
export async function LastTest({ system }: { system: SystemView }) {
  const formatAt = await staffInstantFormatter();
  const t = system.lastTest;
  const w = await words();
  const locale = await currentStaffLocale();
  return (
    <span data-testid="last-test" aria-live="polite">
      {t ? (
        <>
          <span className={`badge ${t.ok ? "later" : "overdue"}`}>{t.ok ? w.ok : w.failed}</span>{" "}
          <span className="muted">{formatAt(t.at)}</span>
          {t.message ? <span className="test-message">{localiseConnectionTestMessage(t.message, locale)}</span> : null}
        </>
      ) : (
        <span className="muted">{w.neverTested}</span>
      )}
    </span>
  );
}

export async function EnabledBadge({ enabled }: { enabled: boolean }) {
  const w = await words();
  return (
    <span aria-live="polite">
      <span className={`badge ${enabled ? "later" : "closed"}`}>{enabled ? w.enabled : w.disabled}</span>
    </span>
  );
}

/**
 * Test connection and enable/disable (with its confirmation), after whatever the page puts first. `labelName`
 * names the system in the forms' labels where its name alone is not unique on the page.
 */
export async function SystemActions({
  system,
  labelName,
  style,
  children,
}: {
  system: SystemView;
  labelName?: string;
  style?: CSSProperties;
  children?: ReactNode;
}) {
  const w = await words();
  const name = { name: labelName ?? system.name };
  return (
    <div className="system-actions" style={style}>
      {children}
      <QuietActionForm
        action={testConnectionAction}
        submitLabel={w.test}
        pendingLabel={w.testing}
        className="inline-form"
        label={fill(w.testLabel, name)}
      >
        <input type="hidden" name="systemId" value={system.id} />
      </QuietActionForm>
      <QuietActionForm
        action={setSystemEnabledAction}
        submitLabel={system.enabled ? w.disable : w.enable}
        className="inline-form"
        danger={system.enabled}
        label={fill(system.enabled ? w.disableLabel : w.enableLabel, name)}
        confirm={fill(system.enabled ? w.disableConfirm : w.enableConfirm, name)}
      >
        <input type="hidden" name="systemId" value={system.id} />
        <input type="hidden" name="enabled" value={system.enabled ? "false" : "true"} />
      </QuietActionForm>
    </div>
  );
}
