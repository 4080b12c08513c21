import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, securityHeaders } from "./security-headers";

const facts = { nonce: "abc123", pathname: "/en", https: false, dev: false };

describe("security headers", () => {
  it("allows scripts and style elements only with the nonce, nothing inline or eval'd in production", () => {
    const csp = contentSecurityPolicy(facts);
    expect(csp).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(csp).toContain("style-src 'self' 'nonce-abc123'");
    expect(csp).not.toContain("unsafe-eval");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("form-action 'self'");
    expect(csp).not.toContain("upgrade-insecure-requests");
    expect(contentSecurityPolicy({ ...facts, dev: true })).toContain("'unsafe-eval'");
  });

  it("sends HSTS and upgrades requests only when APP_URL is https", () => {
    expect(securityHeaders(facts)["strict-transport-security"]).toBeUndefined();
    const https = securityHeaders({ ...facts, https: true });
    expect(https["strict-transport-security"]).toBe("max-age=63072000; includeSubDomains");
    expect(https["content-security-policy"]).toContain("upgrade-insecure-requests");
  });

  it("lets the SSO sign-in post to the identity provider, and gives Bull Board its own policy", () => {
    expect(contentSecurityPolicy({ ...facts, oidcOrigin: "https://idp.example" })).toContain(
      "form-action 'self' https://idp.example",
    );
    const board = contentSecurityPolicy({ ...facts, pathname: "/staff/admin/queues/api/queues" });
    expect(board).not.toContain("nonce");
    expect(board).toContain("script-src 'self';");
    expect(board).toContain("frame-ancestors 'none'");
  });

  it("denies the browser features the application never uses", () => {
    const policy = securityHeaders(facts)["permissions-policy"]!;
    for (const feature of ["camera", "microphone", "geolocation", "payment", "usb"])
      expect(policy).toContain(`${feature}=()`);
  });
});
