import { describe, expect, it } from "vitest";
import { webhookConfigSchema } from "./config";

describe("webhook config", () => {
  it("defaults the timeout to 10 s and declares no capability unless told", () => {
    expect(webhookConfigSchema.parse({ url: "https://crm.example.com/dsr" })).toEqual({
      url: "https://crm.example.com/dsr",
      timeoutMs: 10_000,
      capabilities: {
        collect: false,
        erase: false,
        rectify: false,
        restrict: false,
        stopMarketing: false,
        optOutSale: false,
        limitSensitive: false,
        optOutTargetedAds: false,
        optOutProfiling: false,
        optOutSensitive: false,
      },
    });
    expect(
      webhookConfigSchema.parse({ url: "http://10.0.0.5:8080/hook", capabilities: { collect: true, erase: true } })
        .capabilities,
    ).toEqual({
      collect: true,
      erase: true,
      rectify: false,
      restrict: false,
      stopMarketing: false,
      optOutSale: false,
      limitSensitive: false,
      optOutTargetedAds: false,
      optOutProfiling: false,
      optOutSensitive: false,
    });
  });

  it("takes only http and https URLs", () => {
    for (const url of [
      "ftp://files.example.com/x",
      "javascript:alert(1)",
      "file:///etc/passwd",
      "crm.example.com",
      "",
    ]) {
      expect(webhookConfigSchema.safeParse({ url }).success, url).toBe(false);
    }
    expect(webhookConfigSchema.safeParse({}).success).toBe(false);
  });

  it("bounds the timeout to one minute", () => {
    expect(webhookConfigSchema.safeParse({ url: "https://a.example", timeoutMs: 60_000 }).success).toBe(true);
    expect(webhookConfigSchema.safeParse({ url: "https://a.example", timeoutMs: 60_001 }).success).toBe(false);
    expect(webhookConfigSchema.safeParse({ url: "https://a.example", timeoutMs: 0 }).success).toBe(false);
    expect(webhookConfigSchema.safeParse({ url: "https://a.example", timeoutMs: 1.5 }).success).toBe(false);
  });
});
