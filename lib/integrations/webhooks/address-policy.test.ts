import { describe, expect, it } from "vitest";
import { addressAllowed, classifyAddress, urlProblem } from "./address-policy";

describe("webhook address policy", () => {
  it("forbids link-local and metadata addresses whatever the setting", () => {
    for (const a of [
      "169.254.169.254",
      "169.254.0.1",
      "fe80::1",
      "0.0.0.0",
      "::",
      "224.0.0.1",
      "::ffff:169.254.169.254",
      "fd00:ec2::254",
    ])
      expect(addressAllowed(a, true), a).toBe(false);
  });
  it("allows loopback and private addresses only when the flag says so", () => {
    for (const a of ["127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "::1", "fd12::1", "::ffff:127.0.0.1"]) {
      expect(addressAllowed(a, false), a).toBe(false);
      expect(addressAllowed(a, true), a).toBe(true);
    }
    expect(classifyAddress("93.184.216.34")).toBe("public");
    expect(classifyAddress("2606:4700::1111")).toBe("public");
  });
  it("requires https unless private addresses are allowed, and refuses credentials", () => {
    expect(urlProblem("http://example.com/hook", false)).toMatch(/https/);
    expect(urlProblem("https://example.com/hook", false)).toBeNull();
    expect(urlProblem("http://127.0.0.1:9/hook", true)).toBeNull();
    expect(urlProblem("https://127.0.0.1/hook", false)).toMatch(/not allowed/);
    expect(urlProblem("https://user:pw@example.com/", false)).toMatch(/password/);
    expect(urlProblem("https://169.254.169.254/latest", true)).toMatch(/not allowed/);
    expect(urlProblem("not a url", false)).toMatch(/absolute/);
    expect(urlProblem("https://localhost/x", false)).toMatch(/local/);
  });
});
