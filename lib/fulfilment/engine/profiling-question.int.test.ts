import { buffer } from "node:stream/consumers";
import { and, eq, isNotNull } from "drizzle-orm";
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { exports } from "@/lib/db/schema";
import { DomainError } from "@/lib/domain/errors";
import { openExport } from "@/lib/exports/package-store";
import { approvePackage } from "@/lib/fulfilment/decisions/approve-package";
import { completedOutcome } from "@/lib/fulfilment/view/outcome";
import { submitRequest } from "@/lib/requests/intake/submit-request";
import { fileStaff } from "@/scripts/test-support/file-staff";
import {
  freshShopCustomer,
  shop,
  startRequest,
  verifiedRequest,
  waitForRequestStatus,
  waitForStep,
} from "@/scripts/test-support/fulfilment";
import { waitForMail } from "@/scripts/test-support/mailbox";

/** Minnesota's right to question the result of profiling (Minn. Stat. § 325M.14, subd. 1(g)), end to end. */

const { agent } = fileStaff({ agent: "agent" });
const DECISION = "My application to pay in three instalments was refused on 2 November.";
const REASON = "Your score counted two unpaid orders from March, which put it below the threshold for instalments.";
const HOW = "Settle the two unpaid orders; the score is computed again at your next order.";

describe("question the result of profiling", () => {
  it("is refused without the decision questioned, and in a state that does not grant it", async () => {
    const customer = await freshShopCustomer(1);
    await expect(
      submitRequest(
        {
          type: "question_profiling",
          email: customer.email,
          fullName: "Shop Customer",
          locale: "en",
          jurisdiction: "US-MN",
        },
        { channel: "portal", actor: { type: "subject" } },
      ),
    ).rejects.toMatchObject({ name: "ZodError" });
    const refused = await submitRequest(
      {
        type: "question_profiling",
        email: customer.email,
        fullName: "Shop Customer",
        locale: "en",
        jurisdiction: "US-VA",
        details: DECISION,
      },
      { channel: "portal", actor: { type: "subject" } },
    ).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(DomainError);
    expect((refused as DomainError).code).toBe("right_not_granted");
  });

  it("collects the data used, takes the answer at the review, and mails and shows the reason, the way to another decision and the re-evaluation", async () => {
    const customer = await freshShopCustomer(2);
    const id = await verifiedRequest({
      type: "question_profiling",
      email: customer.email,
      locale: "en",
      jurisdiction: "US-MN",
      details: DECISION,
    });
    await startRequest(id, agent);
    await waitForStep(id, "review_package", "waiting");

    // The review cannot pass without the answer the person is owed; nothing is released meanwhile.
    const missing = await approvePackage(agent.id, { requestId: id, exclusions: [] }).catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(DomainError);
    expect((missing as DomainError).fields).toMatchObject({ "profilingAnswer.reason": "is required" });
    expect(
      await db()
        .select()
        .from(exports)
        .where(and(eq(exports.requestId, id), isNotNull(exports.approvedAt))),
    ).toEqual([]);

    await approvePackage(agent.id, {
      requestId: id,
      exclusions: [],
      profilingAnswer: { reason: REASON, howToChange: HOW, reevaluation: "data_accurate" },
    });
    expect((await waitForRequestStatus(id, "completed")).outcome).toBe("completed");

    const mail = await waitForMail(customer.email, /is complete/);
    const text = mail.text.replace(/\s+/g, " ");
    expect(text).toContain("Why the profiling led to this decision");
    expect(text).toContain(REASON);
    expect(text).toContain(HOW);
    expect(text).toContain("found it accurate, so the decision stands");
    expect(text).toContain("Minn. Stat. § 325M.14, subd. 1(g)");

    // The status page reads the same answer back; the package holds the person's data, with the access report.
    expect(await completedOutcome(db(), { requestId: id, type: "question_profiling", locale: "en" })).toEqual({
      kind: "profiling_answer",
      reason: REASON,
      howToChange: HOW,
      reevaluation: "data_accurate",
    });
    const [pkg] = await db()
      .select()
      .from(exports)
      .where(and(eq(exports.requestId, id), isNotNull(exports.approvedAt)));
    const files = unzipSync(new Uint8Array(await buffer(await openExport(pkg!))));
    const data = JSON.parse(strFromU8(files["data.json"]!)) as { recordSets: { name: string; rows: unknown[] }[] };
    const orders = await shop("select id from shop.orders where customer_id = $1", [customer.id]);
    expect(data.recordSets.find((s) => s.name === "shop.orders")!.rows).toHaveLength(orders.length);
    expect(Object.keys(files)).toContain("report.html");
  });

  it("refuses an answer on a request that questions no profiling", async () => {
    const customer = await freshShopCustomer(1);
    const id = await verifiedRequest({ type: "access", email: customer.email, locale: "en" });
    await startRequest(id, agent);
    await waitForStep(id, "review_package", "waiting");
    const wrong = await approvePackage(agent.id, {
      requestId: id,
      profilingAnswer: { reason: REASON, reevaluation: "data_accurate" },
    }).catch((e: unknown) => e);
    expect(wrong).toBeInstanceOf(DomainError);
    expect((wrong as DomainError).fields).toMatchObject({ profilingAnswer: expect.any(String) });
  });
});
