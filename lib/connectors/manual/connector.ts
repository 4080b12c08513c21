import { z } from "zod";
import type { Connector, SystemRecord } from "../types";

export const manualConfigSchema = z.object({
  /** What the person doing the task must do, shown with every task of this system. */
  instructions: z.string().max(4000).default(""),
  /** Staff member who receives the tasks (otherwise the request's assignee). */
  assigneeId: z.uuid().nullable().default(null),
  /** Working days the person has to complete a task. */
  dueInDays: z.number().int().min(1).max(30).default(5),
  capabilities: z
    .object({
      collect: z.boolean(),
      erase: z.boolean(),
      rectify: z.boolean(),
      restrict: z.boolean(),
      stopMarketing: z.boolean(),
    })
    .default({ collect: true, erase: true, rectify: true, restrict: true, stopMarketing: true }),
});
export type ManualConfig = z.infer<typeof manualConfigSchema>;

/**
 * A system without an API (a paper archive, a SaaS back-office): each step becomes a task for a
 * person, who completes or fails it with a note in the request workspace.
 */
export function createManualConnector(system: SystemRecord): Connector {
  const config = manualConfigSchema.parse(system.config ?? {});
  return {
    kind: "manual",
    capabilities: config.capabilities,
    run: async () => ({ status: "waiting", summary: { manual: true } }),
    test: async () => ({ ok: true, message: "Manual system: tasks go to a person; nothing to connect to." }),
  };
}
