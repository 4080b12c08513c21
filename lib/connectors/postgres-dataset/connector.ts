import pg from "pg";
import { z } from "zod";
import { pool as appPool } from "@/lib/db/client";
import type { Connector, CurrentValue, ErasureTableAction, StepInput, StepOutcome, SystemRecord } from "../types";
import { collectInputSchema, eraseInputSchema, rectifyInputSchema } from "../schemas";
import { findSubjectRows } from "./collect";
import { countSubjectRows, stageDataset } from "./stage";
import { parseDataset, quoteQualified, type DatasetConfig } from "./config";
import { demoShopDataset } from "./demo-shop.dataset";
import { executeErasure, planErasure, type ErasurePlanStep } from "./erasure";
import { rectify, setOptOutFlag, setRestriction, stopMarketing } from "./flags";
import { matchDataPoints } from "./match-points";

/** Dataset files shipped with the product, by key; a system may also carry its dataset inline. */
const SHIPPED_DATASETS: Record<string, DatasetConfig> = { [demoShopDataset.key]: demoShopDataset };

export const postgresConfigSchema = z.object({
  /** A shipped dataset key, or a whole dataset definition. */
  dataset: z.union([z.string().min(1), z.record(z.string(), z.unknown())]),
  /** Another PostgreSQL server; absent means the application's own database (the demo shop lives there). */
  connectionString: z.string().url().optional(),
});

export function datasetOf(config: unknown): DatasetConfig {
  const parsed = postgresConfigSchema.parse(config);
  if (typeof parsed.dataset === "string") {
    const shipped = SHIPPED_DATASETS[parsed.dataset];
    if (!shipped) throw new Error(`unknown dataset ${parsed.dataset}`);
    return shipped;
  }
  return parseDataset(parsed.dataset);
}

const externalPools = new Map<string, pg.Pool>();
function poolFor(connectionString: string | undefined): pg.Pool {
  if (!connectionString) return appPool();
  let p = externalPools.get(connectionString);
  if (!p) {
    p = new pg.Pool({ connectionString, max: 4, connectionTimeoutMillis: 5_000, idleTimeoutMillis: 30_000 });
    p.on("error", () => undefined);
    externalPools.set(connectionString, p);
  }
  return p;
}

/** A column value as the text staff compare and correct (dates as YYYY-MM-DD, times as ISO 8601). */
function textOf(v: unknown): string | null {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) {
    // node-postgres reads a `date` column as local midnight.
    const midnight = v.getHours() === 0 && v.getMinutes() === 0 && v.getSeconds() === 0 && v.getMilliseconds() === 0;
    const pad = (n: number) => String(n).padStart(2, "0");
    return midnight ? `${v.getFullYear()}-${pad(v.getMonth() + 1)}-${pad(v.getDate())}` : v.toISOString();
  }
  return String(v);
}

const toActions = (plan: ErasurePlanStep[]): ErasureTableAction[] =>
  plan.map((s) => ({
    table: s.table,
    action: s.action,
    rows: s.rows,
    fields: s.fields.map((f) => f.name),
    ...(s.exemption ? { exemption: s.exemption, reason: s.reason } : {}),
    ...(s.title ? { title: s.title } : {}),
  }));

/**
 * A PostgreSQL database described by a dataset file: which tables hold the subject, how to reach
 * them, how each field is erased and which rows the law makes us keep.
 */
export function createPostgresDatasetConnector(system: SystemRecord): Connector {
  const config = postgresConfigSchema.parse(system.config ?? {});
  const dataset = datasetOf(config);
  const pool = () => poolFor(config.connectionString);
  const hasRectifiable = dataset.tables.some((t) => Object.values(t.fields).some((f) => f.rectifiable));

  const operations: Record<string, (step: StepInput) => Promise<StepOutcome>> = {
    collect: async (step) => {
      if (collectInputSchema.safeParse(step.input).success)
        return { status: "done", summary: { records: await countSubjectRows(pool(), dataset, step.subject) } };
      // The rows go to the staging tables in encrypted batches, never into the step's row.
      const records = await stageDataset(pool(), dataset, step.subject, {
        taskId: step.taskId,
        requestId: step.requestId,
      });
      return { status: "done", summary: { records } };
    },
    discover: async (step) => {
      const plan = await planErasure(pool(), dataset, step.subject);
      return { status: "done", summary: { plan: toActions(plan) } };
    },
    erase: async (step) => {
      const approved = new Set(eraseInputSchema.parse(step.input).tables);
      const plan = (await planErasure(pool(), dataset, step.subject)).filter((s) => approved.has(s.table));
      // A second run finds the person already gone (identity columns erased): nothing is done twice.
      const executed = plan.length > 0 ? await executeErasure(pool(), dataset, plan) : [];
      const left = await planErasure(pool(), dataset, step.subject);
      if (left.length > 0)
        throw new Error(`erasable data remains after erasure in ${left.map((s) => s.table).join(", ")}`);
      const retained = await countRows(
        pool(),
        dataset,
        plan.filter((s) => s.action === "retain"),
      );
      return {
        status: "done",
        summary: {
          executed,
          remainingErasable: 0,
          retainedRowsStillPresent: retained,
          alreadyErased: plan.length === 0,
        },
      };
    },
    read_current: async (step) => {
      const found = await findSubjectRows(pool(), dataset, step.subject);
      const values: CurrentValue[] = [];
      for (const t of dataset.tables) {
        const rows = found.get(t.name)?.rows ?? [];
        for (const [field, f] of Object.entries(t.fields)) {
          if (!f.rectifiable) continue;
          const distinct = [...new Set(rows.map((r) => textOf(r[field])))];
          for (const value of distinct) values.push({ table: t.name, field, value });
        }
      }
      return { status: "done", summary: { fields: values.length }, detail: values };
    },
    rectify: async (step) => {
      const changes = rectifyInputSchema
        .parse(step.input)
        .changes.filter((c) => dataset.tables.some((t) => t.name === c.table));
      const changed = changes.length > 0 ? await rectify(pool(), dataset, step.subject, changes) : {};
      return { status: "done", summary: { changed } };
    },
    restrict: async (step) => ({
      status: "done",
      summary: { flagged: await setRestriction(pool(), dataset, step.subject, true) },
    }),
    lift_restriction: async (step) => ({
      status: "done",
      summary: { lifted: await setRestriction(pool(), dataset, step.subject, false) },
    }),
    stop_marketing: async (step) => ({
      status: "done",
      summary: { optedOut: await stopMarketing(pool(), dataset, step.subject) },
    }),
    opt_out_sale: async (step) => ({
      status: "done",
      summary: { optedOut: await setOptOutFlag(pool(), dataset, step.subject, "saleOptOutFlag") },
    }),
    limit_sensitive: async (step) => ({
      status: "done",
      summary: { limited: await setOptOutFlag(pool(), dataset, step.subject, "limitSensitiveFlag") },
    }),
    opt_out_targeted_ads: async (step) => ({
      status: "done",
      summary: { optedOut: await setOptOutFlag(pool(), dataset, step.subject, "targetedAdsOptOutFlag") },
    }),
    opt_out_profiling: async (step) => ({
      status: "done",
      summary: { optedOut: await setOptOutFlag(pool(), dataset, step.subject, "profilingOptOutFlag") },
    }),
    opt_out_sensitive: async (step) => ({
      status: "done",
      summary: { optedOut: await setOptOutFlag(pool(), dataset, step.subject, "sensitiveOptOutFlag") },
    }),
  };

  return {
    kind: "postgres",
    matchDataPoints: (subject, points) => matchDataPoints(pool(), dataset, subject, points),
    capabilities: {
      collect: true,
      erase: true,
      rectify: hasRectifiable,
      restrict: dataset.tables.some((t) => t.restrictionFlag),
      stopMarketing: dataset.tables.some((t) => t.marketingFlag || t.category === "Marketing"),
      optOutSale: dataset.tables.some((t) => t.saleOptOutFlag),
      limitSensitive: dataset.tables.some((t) => t.limitSensitiveFlag),
      optOutTargetedAds: dataset.tables.some((t) => t.targetedAdsOptOutFlag),
      optOutProfiling: dataset.tables.some((t) => t.profilingOptOutFlag),
      optOutSensitive: dataset.tables.some((t) => t.sensitiveOptOutFlag),
    },
    run: async (operation, step) => {
      const op = operations[operation];
      if (!op) throw new Error(`postgres connector cannot ${operation}`);
      return op(step);
    },
    test: async () => {
      try {
        const missing: string[] = [];
        for (const t of dataset.tables) {
          const { rows } = await pool().query("select to_regclass($1) as found", [t.name]);
          if (!rows[0]?.found) missing.push(t.name);
        }
        return missing.length === 0
          ? {
              ok: true,
              message: `Connected; the ${dataset.tables.length} tables of dataset ${dataset.key} are present.`,
            }
          : { ok: false, message: `Connected, but these tables are missing: ${missing.join(", ")}.` };
      } catch (err) {
        return { ok: false, message: `Could not connect: ${(err as Error).message}` };
      }
    },
  };
}

async function countRows(
  client: pg.Pool,
  dataset: DatasetConfig,
  steps: ErasurePlanStep[],
): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const s of steps) {
    const t = dataset.tables.find((x) => x.name === s.table)!;
    const { rows } = await client.query(
      `select count(*)::int as n from ${quoteQualified(t.name)} where "${t.primaryKey}" = any($1)`,
      [s.keys],
    );
    out[s.table] = rows[0].n;
  }
  return out;
}
