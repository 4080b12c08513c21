import { expect, it } from "vitest";
import { appUrl } from "@/lib/env";

it("answers 404, never 500, for a status URL whose token cannot be one", async () => {
  for (const token of ["%25", "a%2Fb", "x".repeat(300)]) {
    const page = await fetch(`${appUrl()}/en/status/${token}`);
    expect(page.status, `page ${token}`).toBe(404);
    const withdraw = await fetch(`${appUrl()}/en/status/${token}/withdraw`);
    expect(withdraw.status, `withdraw ${token}`).toBe(404);
    const download = await fetch(`${appUrl()}/en/status/${token}/download`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: "code=123456",
      redirect: "manual",
    });
    expect(download.status, `download ${token}`).toBe(404);
    // The portal's own 404 page in the link's language, not a bare "Not found".
    expect(await download.text()).toMatch(/<h1>Page not found<\/h1>[\s\S]*class="site-footer"/);
    const opened = await fetch(`${appUrl()}/fr/status/${token}/download`, { redirect: "manual" });
    expect(opened.status, `download opened ${token}`).toBe(404);
    expect(await opened.text()).toContain("<h1>Page introuvable</h1>");
  }
  // A well-formed token that matches nothing still gets the friendly page.
  expect((await fetch(`${appUrl()}/en/status/unknown-token`)).status).toBe(200);
});
