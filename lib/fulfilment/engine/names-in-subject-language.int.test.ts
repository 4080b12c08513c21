import { randomBytes } from "node:crypto";
import { buffer } from "node:stream/consumers";
import { eq } from "drizzle-orm";
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { fileStaff } from "@/scripts/test-support/file-staff";
import { db } from "@/lib/db/client";
import { exports } from "@/lib/db/schema";
import { openExport } from "@/lib/exports/package-store";
import { approveErasure } from "@/lib/fulfilment/decisions/approve-erasure";
import { approvePackage } from "@/lib/fulfilment/decisions/approve-package";
import { completedOutcome } from "@/lib/fulfilment/view/outcome";
import { waitForMail } from "@/scripts/test-support/mailbox";
import {
  freshShopCustomer,
  startRequest,
  verifiedRequest,
  waitForRequestStatus,
  waitForStep,
  withSystem,
} from "@/scripts/test-support/fulfilment";

/**
 * QA F13/F16: a French subject reads the French versions of a system's name and of its recipients' names
 * (the register's translations), in the completion mail, on the status page and in the access report.
 */

const { agent, dpo } = fileStaff({ agent: "agent", dpo: "dpo" });

/** A newsletter system written in English, with its name and its recipients' names in French. */
function newsletterSystem(tag: string) {
  return {
    key: `names-${tag}`,
    name: `Mailing tool ${tag}`,
    kind: "postgres",
    enabled: true,
    config: {
      dataset: {
        key: `names-${tag}`,
        tables: [
          {
            name: "shop.newsletter_subscriptions",
            category: "Marketing",
            identity: { email: "email" },
            fields: { email: { category: "Contact details", erasure: "delete" as const } },
          },
        ],
      },
    },
    purposes: ["Newsletter (consent)"],
    recipients: [{ name: `Mail sender ${tag}`, email: `notices-${tag}@sender.test` }, `Print shop ${tag}`],
    registerTranslations: {
      fr: { name: `Outil d'envoi ${tag}`, recipients: [`Routeur de courriels ${tag}`, `Imprimeur ${tag}`] },
    },
  };
}

async function packageFiles(requestId: string) {
  const rows = await db().select().from(exports).where(eq(exports.requestId, requestId));
  const approved = rows.filter((r) => r.approvedAt !== null && r.purgedAt === null);
  expect(approved).toHaveLength(1);
  return unzipSync(new Uint8Array(await buffer(await openExport(approved[0]!))));
}

describe("system and recipient names in the subject's language", () => {
  it("a French erasure: the completion mail and the status page name the system and the recipients told in French", async () => {
    const tag = randomBytes(4).toString("hex");
    const customer = await freshShopCustomer(1);
    await withSystem(newsletterSystem(tag), null, async () => {
      const id = await verifiedRequest({ type: "erasure", email: customer.email, locale: "fr" });
      await startRequest(id, agent);
      await waitForStep(id, "approve_erasure", "waiting");
      await approveErasure(dpo.id, { requestId: id });
      await waitForRequestStatus(id, "completed");

      const mail = await waitForMail(customer.email, /traitée/);
      const text = mail.text.replace(/\s+/g, " ");
      expect(text).toContain(`(Outil d'envoi ${tag})`);
      expect(text).toContain(`Routeur de courriels ${tag}`);
      expect(text).not.toContain(`Mailing tool ${tag}`);
      expect(text).not.toContain(`Mail sender ${tag}`);
      // The recipient itself is written to at its address, under the name it has in the register.
      await waitForMail(`notices-${tag}@sender.test`);

      const fr = await completedOutcome(db(), { requestId: id, type: "erasure", locale: "fr" });
      const en = await completedOutcome(db(), { requestId: id, type: "erasure", locale: "en" });
      if (fr?.kind !== "erasure" || en?.kind !== "erasure") throw new Error("no erasure outcome");
      expect(fr.erased.map((e) => e.system)).toContain(`Outil d'envoi ${tag}`);
      expect(fr.recipientsNotified).toContain(`Routeur de courriels ${tag}`);
      // The same page in English names them as written.
      expect(en.erased.map((e) => e.system)).toContain(`Mailing tool ${tag}`);
      expect(en.recipientsNotified).toContain(`Mail sender ${tag}`);
    });
  }, 90_000);

  it("a French access report names the system and its recipients in French, in report.html and summary.txt", async () => {
    const tag = randomBytes(4).toString("hex");
    const customer = await freshShopCustomer(1);
    await withSystem(newsletterSystem(tag), null, async () => {
      const id = await verifiedRequest({ type: "access", email: customer.email, locale: "fr" });
      await startRequest(id, agent);
      await waitForStep(id, "review_package", "waiting");
      await approvePackage(dpo.id, { requestId: id, exclusions: [] });
      await waitForRequestStatus(id, "completed");
      const files = await packageFiles(id);
      const html = strFromU8(files["report.html"]!).replace(/&#x27;|&#39;/g, "'");
      const text = strFromU8(files["summary.txt"]!).replace(/\s+/g, " ");
      for (const doc of [html, text]) {
        expect(doc).toContain(`Outil d'envoi ${tag}`);
        expect(doc).toContain(`Routeur de courriels ${tag}`);
        expect(doc).toContain(`Imprimeur ${tag}`);
        expect(doc).not.toContain(`Mailing tool ${tag}`);
        expect(doc).not.toContain(`Print shop ${tag}`);
      }
    });
  }, 90_000);
});
