import { z } from "zod";
import type { CurrentValue } from "@/lib/connectors/types";
import { taskNote, type TaskRow } from "@/lib/db/queries/tasks";
import { detailOf } from "@/lib/fulfilment/step-results/details";
import { summaryOf } from "@/lib/fulfilment/step-results/summaries";
import { cell } from "./cell";
import { guessField } from "./field-guess";
import type { RectifiableField, RectificationView } from "./types";

/** Rectifiable fields per system (one option per system/table/field, with every current value found). */
export function rectifiableFields(
  reads: { systemId: string; systemName: string; values: CurrentValue[] }[],
): RectifiableField[] {
  const out = new Map<string, RectifiableField>();
  for (const r of reads) {
    for (const v of r.values) {
      const key = `${r.systemId}|${v.table}|${v.field}`;
      const f = out.get(key) ?? {
        key,
        systemId: r.systemId,
        systemName: r.systemName,
        table: v.table,
        field: v.field,
        current: [],
      };
      const shown = v.value === null ? null : cell(v.value);
      if (!f.current.includes(shown)) f.current.push(shown);
      out.set(key, f);
    }
  }
  return [...out.values()];
}

// What the portal's rectification form stores in the request's specifics; a malformed entry is left out.
// The form stores no `currentValue` when the person left it blank (it is optional there): such a row is a
// proposal all the same — a required key dropped every portal row without one from the gate.
const proposalSchema = z.object({
  field: z.string(),
  currentValue: z.unknown().optional(),
  newValue: z.unknown().optional(),
});
const specificsSchema = z.object({ rectification: z.array(z.unknown()) });

export function proposalsOf(
  specifics: Record<string, unknown> | null,
): { field: string; currentValue: string | null; newValue: string }[] {
  const list = specificsSchema.safeParse(specifics).data?.rectification ?? [];
  return list.flatMap((raw) => {
    const p = proposalSchema.safeParse(raw).data;
    if (!p) return [];
    return [
      {
        field: p.field,
        currentValue: typeof p.currentValue === "string" && p.currentValue !== "" ? p.currentValue : null,
        newValue: typeof p.newValue === "string" ? p.newValue : "",
      },
    ];
  });
}

/**
 * The rectification gate's form: the subject's proposals beside each system's current values (decrypted:
 * call only for a staff member who may see them).
 */
export function rectificationView(
  tasks: TaskRow[],
  systemName: (systemId: string) => string,
  specifics: Record<string, unknown> | null,
): RectificationView {
  const reads = tasks.filter((t) => t.operation === "read_current" && t.status === "succeeded" && t.systemId);
  const proposals = proposalsOf(specifics);
  const automated = rectifiableFields(
    reads.map((t) => ({
      systemId: t.systemId!,
      systemName: systemName(t.systemId!),
      values: detailOf("read_current", t) ?? [],
    })),
  );
  // A manual system reports no fields, only what a person found: each proposal can be applied there by hand.
  const byHand = reads
    .filter((t) => summaryOf("read_current", t)?.manual === true)
    .flatMap((t) =>
      proposals.map((p): RectifiableField => ({
        key: `${t.systemId}|manual|${p.field}`,
        systemId: t.systemId!,
        systemName: `${systemName(t.systemId!)} (by hand)`,
        table: "manual",
        field: p.field,
        current: [taskNote(t)],
      })),
    );
  // A system with an API is the better guess; the by-hand option is picked only when nothing else fits.
  const rows = proposals.map((p) => ({
    proposedField: p.field,
    statedCurrent: p.currentValue,
    proposedValue: p.newValue,
    target: guessField(p.field, automated) || guessField(p.field, byHand),
  }));
  return { fields: [...automated, ...byHand], rows };
}
