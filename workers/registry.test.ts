import { describe, expect, it, vi } from "vitest";
import type { JobRepeat, QueueName } from "@/lib/queue/define-job";
import { JOB_DEFINITIONS } from "@/lib/queue/registry";
import { registerSchedulers } from "@/lib/queue/schedulers";
import { findHandler, HANDLERS } from "./registry";

// Only the variables the env-driven schedules read.
vi.mock("@/lib/env", () => ({
  env: () => ({ DEADLINE_SWEEP_EVERY_MS: 60_000, DIGEST_HOUR: 7, DIGEST_TIME_ZONE: "Europe/Paris" }),
}));

describe("job registry", () => {
  it("binds exactly one handler to every definition, and none to anything else", () => {
    const names = JOB_DEFINITIONS.map((d) => d.name);
    expect(new Set(names).size).toBe(names.length);
    expect(Object.keys(HANDLERS).sort()).toEqual([...names].sort());
    for (const def of JOB_DEFINITIONS) expect(findHandler(def.name)?.definition).toBe(def);
    expect(findHandler("no.such-job")).toBeUndefined();
  });

  it("registers every scheduled definition, on its queue, under its existing scheduler id", async () => {
    const calls: { queue: QueueName; id: string; repeat: JobRepeat; name: string }[] = [];
    const queue = (name: QueueName) => ({
      upsertJobScheduler: async (id: string, repeat: JobRepeat, template: { name: string }) => {
        calls.push({ queue: name, id, repeat, name: template.name });
      },
    });
    await registerSchedulers({
      system: queue("system"),
      mail: queue("mail"),
      fulfilment: queue("fulfilment"),
      watch: queue("watch"),
    });

    const scheduled = JOB_DEFINITIONS.filter((d) => d.schedule);
    expect(calls.map((c) => c.name).sort()).toEqual(scheduled.map((d) => d.name).sort());
    for (const def of scheduled)
      expect(calls.find((c) => c.name === def.name)).toMatchObject({ queue: def.queue, id: def.schedule!.id });
    // Renaming a scheduler id would leave the old schedule running next to the new one.
    expect(calls.map((c) => c.id).sort()).toEqual([
      "appeal-sweep",
      "complaint-sweep",
      "daily-digest",
      "dashboard-months",
      "deadline-sweep",
      "export-purge",
      "fulfilment-recover",
      "heartbeat",
      "keys-rotate",
      "mail-sweep",
      "maintenance-prune",
      "requests-import-sweep",
      "retention-minimise",
      "verification-sweep",
      "webhook-sweep",
    ]);
    expect(calls.find((c) => c.id === "daily-digest")?.repeat).toEqual({ pattern: "0 7 * * *", tz: "Europe/Paris" });
    expect(calls.find((c) => c.id === "deadline-sweep")?.repeat).toEqual({ every: 60_000 });
  });
});
