import { describe, expect, it } from "vitest";
import { devMailboxSetting, totpForAllRolesSetting } from "./runtime-settings";

describe("the dev mailbox (issue 14, item 12)", () => {
  it("is on with the embedded SMTP sink outside production", () => {
    expect(devMailboxSetting({}, true)).toEqual({ enabled: true, warning: null });
    expect(devMailboxSetting({ NODE_ENV: "test" }, true)).toEqual({ enabled: true, warning: null });
  });

  it("is off in production without SMTP_URL unless explicitly enabled, with a start-up warning either way", () => {
    const off = devMailboxSetting({ NODE_ENV: "production" }, true);
    expect(off.enabled).toBe(false);
    expect(off.warning).toMatch(/dev mailbox is off .*DEV_MAILBOX_IN_PRODUCTION=true/);
    const on = devMailboxSetting({ NODE_ENV: "production", DEV_MAILBOX_IN_PRODUCTION: "true" }, true);
    expect(on.enabled).toBe(true);
    expect(on.warning).toMatch(/readable by anyone/);
  });

  it("is off whenever a real SMTP server is configured", () => {
    expect(devMailboxSetting({ NODE_ENV: "development", DEV_MAILBOX_IN_PRODUCTION: "true" }, false)).toEqual({
      enabled: false,
      warning: null,
    });
  });
});

describe("TOTP for every role (issue 14, item 5)", () => {
  it("is on by default in production, off by default elsewhere, and the variable wins", () => {
    expect(totpForAllRolesSetting({ NODE_ENV: "production" })).toBe("true");
    expect(totpForAllRolesSetting({})).toBe("false");
    expect(totpForAllRolesSetting({ NODE_ENV: "test" })).toBe("false");
    expect(totpForAllRolesSetting({ NODE_ENV: "production", TOTP_REQUIRED_FOR_ALL_ROLES: "false" })).toBe("false");
    expect(totpForAllRolesSetting({ TOTP_REQUIRED_FOR_ALL_ROLES: "true" })).toBe("true");
  });
});
