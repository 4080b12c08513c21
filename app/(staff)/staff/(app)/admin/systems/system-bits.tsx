import { CAPABILITY_NAMES, type ConnectorCapabilities } from "@/lib/connectors/types";
import { formatInstant } from "@/lib/dsr/staff-display";
import type { SystemView } from "@/lib/systems/system-view";

const CAPABILITY_LABELS: Record<keyof ConnectorCapabilities, string> = {
  collect: "collect",
  erase: "erase",
  rectify: "rectify",
  restrict: "restrict",
  stopMarketing: "stop marketing",
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
          <span className={`badge ${t.ok ? "later" : "overdue"}`}>{t.ok ? "OK" : "failed"}</span> <span className="muted">{formatInstant(t.at)}</span>
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
