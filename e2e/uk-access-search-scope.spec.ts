import "../scripts/test-support/load-runtime-env";
import fs from "node:fs";
import { strFromU8, unzipSync } from "fflate";
import { expect, test } from "./fixtures/test";
import { extractCode } from "@/scripts/test-support/mailbox";
import { completedAccess } from "./fixtures/access-package";
import { waitForMail } from "./fixtures/mailbox";
import { keepScreenshot } from "./fixtures/screenshot";

/**
 * UK GDPR Art. 15(1A) (Data (Use and Access) Act 2025): a UK access answer covers what a reasonable and
 * proportionate search found. The completion mail, the status page and the report in the package say so,
 * and the report names every system searched — the ones that held nothing too.
 */
test("a UK access answer says it covers a reasonable and proportionate search, and names the systems searched", async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  const { email, statusToken } = await completedAccess({ fullName: "Demo Customer", locale: "en", jurisdiction: "GB" });

  const done = await waitForMail(request, email, /complete/);
  expect(done.text.replace(/\s+/g, " ")).toContain("Under Article 15(1A) of the UK GDPR");

  await page.goto(`/en/status/${statusToken}`);
  await expect(page.getByTestId("search-scope")).toContainText("reasonable and proportionate search");
  await keepScreenshot(page, "uk-access-status-search-scope");
  await page.getByRole("button", { name: "Send me a download code" }).click();
  const codeMail = await waitForMail(request, email, /download/i);
  await page.getByLabel(/Download code/).fill(extractCode(codeMail.text));
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download my data" }).click(),
  ]);
  const files = unzipSync(new Uint8Array(fs.readFileSync(await download.path())));
  const text = strFromU8(files["summary.txt"]!).replace(/\s+/g, " ");
  expect(text).toContain("Under Article 15(1A) of the UK GDPR");
  expect(text).toMatch(/We searched: [^.]*Demo Shop/);
  expect(strFromU8(files["report.html"]!)).toContain("reasonable and proportionate search");
});
