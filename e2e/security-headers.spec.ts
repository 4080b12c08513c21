import { createStaff, signIn } from "./fixtures/staff";
import { expect, test } from "./fixtures/test";

const nonceOf = (csp: string) => /'nonce-([^']+)'/.exec(csp)?.[1];

test("a blocked resource fails the test: the CSP guard sees violations", async ({ page, cspViolations }) => {
  await page.goto("/en");
  await page.evaluate(() => {
    const img = document.createElement("img");
    img.src = "https://example.invalid/tracker.png";
    document.body.append(img);
  });
  await expect.poll(() => cspViolations.length).toBeGreaterThan(0);
  expect(cspViolations.join("\n")).toMatch(/img-src/);
  // Provoked on purpose: emptied so that the guard lets this test pass.
  cspViolations.length = 0;
});

test("portal and back-office pages carry a nonce-based CSP and the other security headers; their scripts run", async ({
  page,
}) => {
  const first = await page.goto("/en/lost-link");
  const headers = first!.headers();
  const csp = headers["content-security-policy"] ?? "";
  expect(csp).toContain("script-src 'self' 'nonce-");
  expect(csp).toContain("'strict-dynamic'");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("object-src 'none'");
  expect(csp).not.toContain("'unsafe-inline' 'strict-dynamic'");
  expect(headers["permissions-policy"]).toContain("camera=()");
  expect(headers["permissions-policy"]).toContain("microphone=()");
  expect(headers["permissions-policy"]).toContain("geolocation=()");
  expect(headers["referrer-policy"]).toBe("same-origin");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  // http here: no HSTS (lib/http/security-headers.test.ts covers an https APP_URL).
  expect(headers["strict-transport-security"]).toBeUndefined();

  // Every script Next.js put in the page carries this response's nonce, and a new load gets a new one.
  const nonce = nonceOf(csp);
  expect(nonce).toBeTruthy();
  const scriptNonces = await page
    .locator("script")
    .evaluateAll((els) => els.map((e) => (e as HTMLScriptElement).nonce));
  expect(scriptNonces.length).toBeGreaterThan(0);
  for (const n of scriptNonces) expect(n).toBe(nonce);
  const second = await page.goto("/en/request/access");
  expect(nonceOf(second!.headers()["content-security-policy"] ?? "")).not.toBe(nonce);

  // The page hydrated under the policy: the language switch (a client component) navigates.
  await page.goto("/en/lost-link");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");

  const staff = await createStaff("agent");
  await signIn(page, staff);
  const queue = await page.goto("/staff/requests");
  expect(queue!.headers()["content-security-policy"]).toContain("'nonce-");
});
