import "../scripts/test-support/load-runtime-env";
import fs from "node:fs";
import { strFromU8, unzipSync } from "fflate";
import { expect, test } from "./fixtures/test";
import { approvePackage } from "@/lib/fulfilment/decisions/approve-package";
import { submitRequest } from "@/lib/requests/intake/submit-request";
import { verifyByToken } from "@/lib/requests/verification/verify-email";
import { extractCode, extractLink, waitForMail as waitForSinkMail } from "@/scripts/test-support/mailbox";
import {
  freshShopCustomer,
  startRequest,
  testStaff,
  waitForRequestStatus,
  waitForStep,
} from "@/scripts/test-support/fulfilment";
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
  const customer = await freshShopCustomer(1);
  const { id } = await submitRequest(
    { type: "access", email: customer.email, fullName: "Demo Customer", locale: "en", jurisdiction: "GB" },
    { channel: "portal", actor: { type: "subject" } },
  );
  const { statusToken } = await verifyByToken(
    new URL(extractLink((await waitForSinkMail(customer.email)).text, "/en/verify")).searchParams.get("token")!,
  );
  await startRequest(id, await testStaff("agent"));
  await waitForStep(id, "review_package", "waiting", 60_000);
  await approvePackage((await testStaff("dpo")).id, { requestId: id, exclusions: [] });
  await waitForRequestStatus(id, "completed", 60_000);

  const done = await waitForMail(request, customer.email, /complete/);
  expect(done.text.replace(/\s+/g, " ")).toContain("Under Article 15(1A) of the UK GDPR");

  await page.goto(`/en/status/${statusToken}`);
  await expect(page.getByTestId("search-scope")).toContainText("reasonable and proportionate search");
  await keepScreenshot(page, "uk-access-status-search-scope");
  await page.getByRole("button", { name: "Send me a download code" }).click();
  const codeMail = await waitForMail(request, customer.email, /download/i);
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
