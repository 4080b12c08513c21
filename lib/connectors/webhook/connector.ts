import { readCappedText } from "@/lib/http/read-capped";
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { appUrl } from "@/lib/env";
import {
  OPERATION_CAPABILITY,
  type Connector,
  type ConnectorOperation,
  type StepInput,
  type StepOutcome,
  type SystemRecord,
} from "../types";
import { parseWebhookConfig, type WebhookConfig } from "./config";
import { currentValueSchema, erasureActionSchema, recordSetSchema } from "../schemas";
import { DELIVERY_HEADER, SIGNATURE_HEADER, TIMESTAMP_HEADER, signPayload, unixSeconds } from "./signature";

/** Largest answer we read from a remote system (record sets included). */
export const MAX_WEBHOOK_BODY_BYTES = 16 * 1024 * 1024;

const countMap = z.record(z.string(), z.number());

const resultBase = z.object({
  summary: z.record(z.string(), z.unknown()).optional(),
  recordSets: z.array(recordSetSchema).optional(),
  currentValues: z.array(currentValueSchema).optional(),
});

/**
 * The result a finished step must carry for the engine to go on: record sets for `collect`, current
 * values for `read_current`, the erasure plan (`summary.plan`) for `discover`. Used for immediate
 * answers and for callbacks alike.
 */
export function stepResultSchema(operation: string) {
  switch (operation) {
    case "collect":
      return resultBase.extend({ recordSets: z.array(recordSetSchema) });
    case "read_current":
      return resultBase.extend({ currentValues: z.array(currentValueSchema) });
    case "discover":
      return resultBase.extend({ summary: z.looseObject({ plan: z.array(erasureActionSchema) }) });
    default:
      return resultBase;
  }
}
export type StepResult = z.infer<typeof resultBase>;

/**
 * The summary is stored and audited in clear, so only what cannot carry a person's data is kept from
 * what a remote system sent: numbers, booleans, maps of numbers (counts per table), and the erasure
 * plan's parsed shape. Anything else it sends belongs in record sets (stored encrypted).
 */
function countsOnly(raw: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (typeof value === "number" || typeof value === "boolean") out[key] = value;
    else if (key === "plan" && Array.isArray(value)) out.plan = z.array(erasureActionSchema).parse(value);
    else if (
      value &&
      typeof value === "object" &&
      !Array.isArray(value) &&
      Object.values(value).every((v) => typeof v === "number")
    )
      out[key] = value;
  }
  return out;
}

/** The summary (no personal data) and the detail (stored encrypted) the engine keeps for a finished step. */
export function doneFromResult(
  operation: string,
  result: StepResult,
): { summary: Record<string, unknown>; detail?: unknown } {
  const summary = countsOnly(result.summary ?? {});
  if (operation === "collect") {
    const sets = result.recordSets ?? [];
    // Counts per record set: what the remote system said, unless it said something else than a map of counts.
    if (!countMap.safeParse(summary.records).success)
      summary.records = Object.fromEntries(sets.map((s) => [s.name, s.rows.length]));
    return { summary, detail: sets };
  }
  if (operation === "read_current") {
    const values = result.currentValues ?? [];
    if (typeof summary.fields !== "number") summary.fields = values.length;
    return { summary, detail: values };
  }
  return { summary };
}

/** `path: reason; …` without the values (they may be personal data). */
export function describeIssues(err: z.ZodError): string {
  return err.issues
    .slice(0, 5)
    .map((i) => `${i.path.length ? i.path.join(".") : "body"}: ${i.message}`)
    .join("; ");
}

export function callbackUrlFor(systemKey: string): string {
  return `${appUrl()}/api/v1/connectors/${encodeURIComponent(systemKey)}/callback`;
}

/** The outgoing message for one step (also what the remote system's tests can expect). */
export function stepMessage(systemKey: string, operation: ConnectorOperation, step: StepInput) {
  return {
    operation,
    requestId: step.requestId,
    reference: step.reference,
    taskId: step.taskId,
    subject: { email: step.subject.email, accountReference: step.subject.accountReference ?? null },
    input: step.input ?? null,
    callbackUrl: callbackUrlFor(systemKey),
  };
}

/**
 * A system reached over HTTP: each step is a signed JSON POST; the system answers at once (200 with
 * the result) or accepts the work (202) and reports later through the signed callback route.
 * Failures throw, so the step job's retries (exponential backoff) apply; every attempt is a new
 * delivery id and a new timestamp. See docs/webhook-connector.md.
 */
export function createWebhookConnector(system: SystemRecord): Connector {
  const config = parseWebhookConfig(system.config);
  const label = `webhook system ${system.key}`;

  return {
    kind: "webhook",
    capabilities: config.capabilities,
    run: async (operation, step): Promise<StepOutcome> => {
      const capability = OPERATION_CAPABILITY[operation];
      if (!capability || !config.capabilities[capability])
        throw new Error(`${label} does not declare the ${capability ?? operation} capability needed for ${operation}`);
      const res = await post(config, label, system.secret(), stepMessage(system.key, operation, step));
      if (res.status === 202) return { status: "waiting", summary: { webhook: true } };
      if (res.status !== 200)
        throw new Error(
          `${label} answered ${operation} with HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ""}`,
        );
      let json: unknown;
      try {
        json = JSON.parse(res.body);
      } catch {
        throw new Error(`${label} answered ${operation} with a body that is not JSON`);
      }
      const status = z.object({ status: z.unknown() }).safeParse(json).data?.status;
      if (status !== "done")
        throw new Error(
          `${label} answered ${operation} with HTTP 200 but status ${JSON.stringify(status ?? null)} (expected "done", or HTTP 202 to answer later)`,
        );
      const parsed = stepResultSchema(operation).safeParse(json);
      if (!parsed.success)
        throw new Error(`${label} answered ${operation} with a malformed body: ${describeIssues(parsed.error)}`);
      return { status: "done", ...doneFromResult(operation, parsed.data) };
    },
    test: async () => {
      try {
        const res = await post(config, label, system.secret(), { operation: "ping" });
        return res.status >= 200 && res.status < 300
          ? { ok: true, message: `The endpoint answered the signed ping with HTTP ${res.status}.` }
          : {
              ok: false,
              message: `The endpoint answered the signed ping with HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ""}.`,
            };
      } catch (err) {
        return { ok: false, message: `Could not reach the endpoint: ${(err as Error).message}` };
      }
    },
  };
}

async function post(
  config: WebhookConfig,
  label: string,
  secret: string,
  message: object,
): Promise<{ status: number; statusText: string; body: string }> {
  const rawBody = JSON.stringify(message);
  const timestamp = unixSeconds();
  // Covers the whole attempt: connecting, waiting for the headers and reading the body.
  const signal = AbortSignal.timeout(config.timeoutMs);
  const transportError = (err: unknown) => {
    if (signal.aborted) return new Error(`${label} did not answer within ${config.timeoutMs} ms`);
    const cause = (err as Error & { cause?: { code?: string; message?: string } }).cause;
    return new Error(`${label} could not be reached: ${cause?.code ?? cause?.message ?? (err as Error).message}`);
  };
  let res: Response;
  try {
    res = await fetch(config.url, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        accept: "application/json",
        [TIMESTAMP_HEADER]: String(timestamp),
        [SIGNATURE_HEADER]: signPayload(secret, timestamp, rawBody),
        [DELIVERY_HEADER]: randomUUID(),
      },
      body: rawBody,
      // A redirect would send the signed body somewhere nobody configured.
      redirect: "error",
      signal,
    });
  } catch (err) {
    throw transportError(err);
  }
  let body: string | null;
  try {
    body = await readCappedText(res, MAX_WEBHOOK_BODY_BYTES);
  } catch (err) {
    throw transportError(err);
  }
  if (body === null) throw new Error(`${label} answered with more than ${MAX_WEBHOOK_BODY_BYTES / 1024 / 1024} MB`);
  return { status: res.status, statusText: res.statusText, body };
}
