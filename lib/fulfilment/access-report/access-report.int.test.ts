import { randomBytes } from "node:crypto";
import { buffer } from "node:stream/consumers";
import { eq } from "drizzle-orm";
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { fileStaff } from "@/scripts/test-support/file-staff";
import { db } from "@/lib/db/client";
import { exports } from "@/lib/db/schema";
import { openExport } from "@/lib/exports/package-store";
import { approvePackage } from "@/lib/fulfilment/decisions/approve-package";
import {
  shopCustomerWithOrders,
  startRequest,
  verifiedRequest,
  waitForRequestStatus,
  waitForStep,
  withSystem,
} from "@/scripts/test-support/fulfilment";

/** The access report of a real package: the requester's regime, only the systems that hold their data. */

const { agent, dpo } = fileStaff({ agent: "agent", dpo: "dpo" });

async function packageFiles(requestId: string) {
  const rows = await db().select().from(exports).where(eq(exports.requestId, requestId));
  const approved = rows.filter((r) => r.approvedAt !== null && r.purgedAt === null);
  expect(approved).toHaveLength(1);
  return unzipSync(new Uint8Array(await buffer(await openExport(approved[0]!))));
}

describe("access report in the package", () => {
  it("a Californian gets the right-to-know report; a system that found nothing is not listed", async () => {
    const tag = randomBytes(4).toString("hex");
    const customer = await shopCustomerWithOrders(2); // no newsletter row
    await withSystem(
      {
        key: `mailer-${tag}`,
        name: `Mailer ${tag}`,
        kind: "postgres",
        enabled: true,
        config: {
          dataset: {
            key: `mailer-${tag}`,
            tables: [
              {
                name: "shop.newsletter_subscriptions",
                category: "Marketing",
                identity: { email: "email" },
                fields: { email: { category: "Contact details" } },
              },
            ],
          },
        },
        purposes: [`Mailer purpose ${tag}`],
        recipients: [`Mailer recipient ${tag}`],
      },
      null,
      async () => {
        const id = await verifiedRequest({ type: "access", email: customer.email, jurisdiction: "US-CA" });
        await startRequest(id, agent);
        await waitForStep(id, "review_package", "waiting");
        await approvePackage(dpo.id, { requestId: id, exclusions: [] });
        await waitForRequestStatus(id, "completed");
        const files = await packageFiles(id);
        const html = strFromU8(files["report.html"]!);
        const text = strFromU8(files["summary.txt"]!).replace(/\s+/g, " ");
        for (const doc of [html, text.replace(/'/g, "&#39;")]) {
          expect(doc).toContain("§ 1798.110");
          expect(doc).toContain("Categories of sources");
          expect(doc).toContain("Business or commercial purposes");
          expect(doc).toContain("ParcelCo SAS");
          expect(doc).toContain("Your orders");
          expect(doc).toMatch(/€\d+\.\d\d/); // amounts as money, US conventions
          for (const absent of ["GDPR", "Article 15", "supervisory authority", "CNIL", tag])
            expect(doc).not.toContain(absent);
        }
        // The data files are untouched by the report's wording: every record set is still there.
        const data = JSON.parse(strFromU8(files["data.json"]!)) as { recordSets: { name: string; rows: unknown[] }[] };
        expect(data.recordSets.find((s) => s.name === "shop.orders")!.rows).toHaveLength(2);
      },
    );
  }, 90_000);
});
