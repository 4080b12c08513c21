import { afterAll, expect, it } from "vitest";
import { closeDb } from "@/lib/db/client";
import { checkHealth } from "./health";

afterAll(() => closeDb());

it("reports db, redis and workers ok on a running instance", async () => {
  expect(await checkHealth()).toEqual({ status: "ok", db: "ok", redis: "ok", workers: "ok" });
});

it("marks workers down when the last beat is older than a minute", async () => {
  const inTwoMinutes = new Date(Date.now() + 120_000);
  expect((await checkHealth(inTwoMinutes)).workers).toBe("down");
});
