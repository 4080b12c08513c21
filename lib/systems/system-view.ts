import { ZodError, z } from "zod";
import { connectorFor } from "@/lib/connectors/registry";
import type { ConnectorCapabilities } from "@/lib/connectors/types";
import { registerFactsOf, type RegisterFacts } from "./register-facts";
import type { DataSystem } from "@/lib/db/queries/data-systems";

export interface SystemView {
  id: string;
  key: string;
  name: string;
  kind: string;
  enabled: boolean;
  /** What the system's connector supports, or null when its configuration does not load (see configError). */
  capabilities: ConnectorCapabilities | null;
  configError: string | null;
  facts: RegisterFacts;
  lastTest: { at: Date; ok: boolean; message: string } | null;
  /** Optimistic-concurrency token for the register edit form. */
  version: string;
}

const MAX_ERROR = 500;

/** Why a connector could not be built from a system's configuration, in one readable line. */
export function describeConfigError(err: unknown): string {
  const text =
    err instanceof ZodError
      ? z.prettifyError(err).replace(/\s*\n\s*/g, " ")
      : err instanceof Error
        ? err.message
        : String(err);
  return text.length > MAX_ERROR ? `${text.slice(0, MAX_ERROR - 1)}…` : text;
}

/** A row as the admin screens show it: no secret, capabilities from the connector, register facts normalised. */
export function toSystemView(row: DataSystem): SystemView {
  let capabilities: ConnectorCapabilities | null = null;
  let configError: string | null = null;
  try {
    capabilities = connectorFor(row).capabilities;
  } catch (err) {
    configError = describeConfigError(err);
  }
  return {
    id: row.id,
    key: row.key,
    name: row.name,
    kind: row.kind,
    enabled: row.enabled,
    capabilities,
    configError,
    facts: registerFactsOf(row),
    lastTest:
      row.lastTestAt && row.lastTestOk !== null
        ? { at: row.lastTestAt, ok: row.lastTestOk, message: row.lastTestMessage ?? "" }
        : null,
    version: row.updatedAt.toISOString(),
  };
}
