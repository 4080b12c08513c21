import { appendAudit } from "@/lib/audit/append";
import { connectorFor } from "@/lib/connectors/registry";
import type { ConnectionTestResult } from "@/lib/connectors/types";
import { db } from "@/lib/db/client";
import { DomainError } from "@/lib/domain/errors";
import { findDataSystem, lockDataSystem, updateDataSystem } from "@/lib/db/queries/data-systems";
import { describeConfigError } from "./system-view";
import { detail } from "@/lib/domain/error-details";

export const CONNECTION_TEST_TIMEOUT_MS = 20_000;
const MAX_MESSAGE = 1000;

/**
 * Asks the system's connector whether it can reach the system, and stores the answer (last_test_*)
 * with its audit entry. The test runs before the transaction: a slow remote system never holds a
 * row lock or the audit chain. A configuration that does not load is a failed test, not an error.
 */
export async function testSystemConnection(
  p: { staffId: string; systemId: string },
  now = () => new Date(),
): Promise<ConnectionTestResult & { at: Date }> {
  const system = await findDataSystem(db(), { id: p.systemId });
  if (!system) throw new DomainError("not_found", detail("admin.system_not_found"));
  const result = await runTest(system);
  const message = result.message.length > MAX_MESSAGE ? `${result.message.slice(0, MAX_MESSAGE - 1)}…` : result.message;
  const at = now();
  return db().transaction(async (tx) => {
    const row = await lockDataSystem(tx, { id: p.systemId });
    if (!row) throw new DomainError("not_found", detail("admin.system_not_found"));
    // Not updatedAt: a test is not an edit and must not invalidate a register form someone has open.
    await updateDataSystem(tx, {
      id: row.id,
      set: { lastTestAt: at, lastTestOk: result.ok, lastTestMessage: message },
    });
    await appendAudit(tx, {
      actor: { type: "staff", id: p.staffId },
      action: "system.connection_tested",
      payload: { systemId: row.id, key: row.key, ok: result.ok },
    });
    return { ok: result.ok, message, at };
  });
}

async function runTest(system: Parameters<typeof connectorFor>[0]): Promise<ConnectionTestResult> {
  let connector;
  try {
    connector = connectorFor(system);
  } catch (err) {
    return { ok: false, message: `The configuration does not load: ${describeConfigError(err)}` };
  }
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<ConnectionTestResult>((resolve) => {
    timer = setTimeout(
      () => resolve({ ok: false, message: `No answer within ${CONNECTION_TEST_TIMEOUT_MS / 1000} s.` }),
      CONNECTION_TEST_TIMEOUT_MS,
    );
  });
  try {
    return await Promise.race([connector.test(), timeout]);
  } catch (err) {
    return { ok: false, message: `The test failed: ${err instanceof Error ? err.message : String(err)}` };
  } finally {
    clearTimeout(timer);
  }
}
