import { CAPABILITY_NAMES, type ConnectorCapabilities } from "@/lib/connectors/types";
import { formatInstant } from "@/app/(staff)/staff/(app)/components/staff-display";
import type { CSSProperties, ReactNode } from "react";
import type { SystemView } from "@/lib/systems/system-view";
import { setSystemEnabledAction, testConnectionAction } from "./actions";
import { QuietActionForm } from "./quiet-action-form";

const CAPABILITY_LABELS: Record<keyof ConnectorCapabilities, string> = {
  collect: "collect",
  erase: "erase",
  rectify: "rectify",
  restrict: "restrict",
  stopMarketing: "stop marketing",
  optOutSale: "opt out of sale/sharing",
  limitSensitive: "limit sensitive data",
};

/** What the connector supports, or why its configuration does not load. */
export function Capabilities({ system }: { system: SystemView }) {
  if (!system.capabilities) {
    return (
      <span className="error config-error" data-testid="config-error">
        Configuration error: {system.configError}
      </span>
    );
  }
  const caps = system.capabilities;
  const yes = CAPABILITY_NAMES.filter((c) => caps[c]);
  if (yes.length === 0) return <span className="muted">none</span>;
  return (
    <ul className="capabilities" aria-label={`Capabilities of ${system.name}`}>
      {yes.map((c) => (
        <li key={c} className="badge later">
          {CAPABILITY_LABELS[c]}
        </li>
      ))}
    </ul>
  );
}

/** The last connection test; a live region, so the result of "Test connection" is announced when the row refreshes. */
export function LastTest({ system }: { system: SystemView }) {
  const t = system.lastTest;
  return (
    <span data-testid="last-test" aria-live="polite">
      {t ? (
        <>
          <span className={`badge ${t.ok ? "later" : "overdue"}`}>{t.ok ? "OK" : "failed"}</span>{" "}
          <span className="muted">{formatInstant(t.at)}</span>
          {t.message ? <span className="test-message">{t.message}</span> : null}
        </>
      ) : (
        <span className="muted">never tested</span>
      )}
    </span>
  );
}

export function EnabledBadge({ enabled }: { enabled: boolean }) {
  return (
    <span aria-live="polite">
      <span className={`badge ${enabled ? "later" : "closed"}`}>{enabled ? "enabled" : "disabled"}</span>
    </span>
  );
}

/** Test connection and enable/disable (with its confirmation), after whatever the page puts first. */
export function SystemActions({
  system,
  style,
  children,
}: {
  system: SystemView;
  style?: CSSProperties;
  children?: ReactNode;
}) {
  return (
    <div className="system-actions" style={style}>
      {children}
      <QuietActionForm
        action={testConnectionAction}
        submitLabel="Test connection"
        pendingLabel="Testing…"
        className="inline-form"
        label={`Test the connection to ${system.name}`}
      >
        <input type="hidden" name="systemId" value={system.id} />
      </QuietActionForm>
      <QuietActionForm
        action={setSystemEnabledAction}
        submitLabel={system.enabled ? "Disable" : "Enable"}
        className="inline-form"
        danger={system.enabled}
        label={`${system.enabled ? "Disable" : "Enable"} ${system.name}`}
        confirm={
          system.enabled
            ? `Disable ${system.name}? New fulfilment steps skip it and the access report stops quoting its register facts.`
            : `Enable ${system.name}? Requests will be fulfilled against it and the access report will quote its register facts.`
        }
      >
        <input type="hidden" name="systemId" value={system.id} />
        <input type="hidden" name="enabled" value={system.enabled ? "false" : "true"} />
      </QuietActionForm>
    </div>
  );
}
