import { describe, expect, it } from "vitest";
import { classifyBoardRequest } from "./bull-board";

const base = "/staff/admin/queues";

describe("classifyBoardRequest", () => {
  it("lets every read through: the page, its assets and the JSON API", () => {
    for (const path of [
      base,
      `${base}/queue/mail`,
      `${base}/static/js/main.js`,
      `${base}/api/queues`,
      `${base}/api/queues/mail/123/logs`,
    ]) {
      expect(classifyBoardRequest("GET", path)).toBe("read");
      expect(classifyBoardRequest("HEAD", path)).toBe("read");
    }
  });

  it("allows the recoverable operations admins need", () => {
    for (const path of [
      "/api/queues/pause",
      "/api/queues/resume",
      "/api/queues/mail/pause",
      "/api/queues/mail/resume",
      "/api/queues/mail/promote",
      "/api/queues/mail/retry/failed",
      "/api/queues/mail/clean/completed",
      "/api/queues/fulfilment/mail-0b8e/retry",
      "/api/queues/fulfilment/mail-0b8e/promote",
      "/api/queues/fulfilment/mail-0b8e/clean",
    ]) {
      expect(classifyBoardRequest("PUT", `${base}${path}`), path).toBe("change");
    }
  });

  it("refuses adding or editing jobs, wiping queues and changing schedulers or limits", () => {
    const refused: [string, string][] = [
      ["POST", "/api/queues/mail/add"],
      ["PUT", "/api/queues/mail/empty"],
      ["PUT", "/api/queues/mail/obliterate"],
      ["PUT", "/api/queues/mail/concurrency"],
      ["PUT", "/api/queues/mail/rate-limit"],
      ["PUT", "/api/queues/mail/rate-limit/release"],
      ["PATCH", "/api/queues/mail/42/update-data"],
      ["PATCH", "/api/queues/mail/42/delay"],
      ["PATCH", "/api/queues/mail/42/priority"],
      ["PUT", "/api/queues/mail/42/remove-unprocessed-children"],
      ["PUT", "/api/queues/watch/job-schedulers/deadline-sweep/remove"],
      ["PATCH", "/api/queues/watch/job-schedulers/deadline-sweep"],
      ["PUT", "/api/queues/watch/job-schedulers/deadline-sweep/run"],
      ["DELETE", "/api/metrics/history/purge"],
      ["POST", "/api/queues/mail/retry/failed"],
      ["DELETE", "/api/queues/mail/42/clean"],
    ];
    for (const [method, path] of refused)
      expect(classifyBoardRequest(method, `${base}${path}`), `${method} ${path}`).toBe("refused");
  });
});
