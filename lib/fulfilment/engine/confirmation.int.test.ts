import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { findRequest } from "@/lib/db/queries/requests";
import { collectedSets } from "@/lib/db/schema";
import { localDateOf } from "@/lib/domain/deadline";
import { DomainError } from "@/lib/domain/errors";
import { completeManualTask } from "@/lib/fulfilment/decisions/complete-manual-task";
import { completedOutcome } from "@/lib/fulfilment/view/outcome";
import { submitRequest } from "@/lib/requests/intake/submit-request";
import { submitStaffRequest } from "@/lib/requests/intake/staff-intake";
import { fileStaff } from "@/scripts/test-support/file-staff";
import {
  freshShopCustomer,
  verifiedRequest,
  waitForRequestStatus,
  waitForStep,
  withSystem,
} from "@/scripts/test-support/fulfilment";
import { waitForMail } from "@/scripts/test-support/mailbox";

/** LGPD art. 18 I / 19 I: the confirmation that personal data is processed, a yes or no given at once. */

const { agent } = fileStaff({ agent: "agent" });

describe("confirmation of processing (LGPD)", () => {
  it("answers yes by itself once verified, due the day it is confirmed, copying none of the person's records", async () => {
    const customer = await freshShopCustomer(2);
    const id = await verifiedRequest({ type: "confirmation", email: customer.email, locale: "fr", jurisdiction: "BR" });
    const filed = await findRequest(db(), { id });
    expect(filed!.regime).toBe("LGPD");
    expect(filed!.dueDate).toBe(localDateOf(filed!.receivedAt, filed!.controllerTimeZone!));

    // No one presses Start: the answer is automatic.
    expect((await waitForRequestStatus(id, "completed")).outcome).toBe("completed");
    const collect = await waitForStep(id, "collect", "succeeded");
    const records = (collect.resultSummary as { records: Record<string, number> }).records;
    expect(records["shop.customers"]).toBe(1);
    expect(await db().select().from(collectedSets).where(eq(collectedSets.requestId, id))).toEqual([]);

    const mail = await waitForMail(customer.email, /est traitée/);
    const text = mail.text.replace(/\s+/g, " ");
    expect(text).toContain("Oui : nous traitons des données personnelles vous concernant.");
    expect(text).toContain("article 19, II, de la LGPD");
    expect(text).toContain("article 18, I, de la LGPD");
    expect(await completedOutcome(db(), { requestId: id, type: "confirmation", locale: "fr" })).toEqual({
      kind: "confirmation",
      processed: true,
    });
  });

  it("answers no where no system holds the person's data", async () => {
    const email = `nobody.${Date.now()}@shop.test`;
    const id = await verifiedRequest({ type: "confirmation", email, locale: "en", jurisdiction: "BR" });
    expect((await waitForRequestStatus(id, "completed")).outcome).toBe("completed");
    const text = (await waitForMail(email, /is complete/)).text.replace(/\s+/g, " ");
    expect(text).toContain("No: we do not process personal data about you, apart from this request itself");
    expect(text).not.toContain("Yes: we process");
  });

  it("a letter received days ago is due the day the person confirms, not overdue on arrival", async () => {
    const email = `letter.${Date.now()}@shop.test`;
    const { id } = await submitStaffRequest(
      {
        type: "confirmation",
        email,
        fullName: "Ana Souza",
        locale: "en",
        jurisdiction: "BR",
        channel: "letter",
        receivedAt: new Date(Date.now() - 3 * 86_400_000).toISOString(),
      },
      agent,
    );
    const filed = await findRequest(db(), { id });
    const today = localDateOf(new Date(), filed!.controllerTimeZone!);
    expect(filed!.dueDate).toBe(today);
    expect(filed!.dueDate > localDateOf(filed!.receivedAt, filed!.controllerTimeZone!)).toBe(true);
  });

  it("is not offered outside the LGPD", async () => {
    const customer = await freshShopCustomer(1);
    const refused = await submitRequest(
      { type: "confirmation", email: customer.email, fullName: "Shop Customer", locale: "fr", jurisdiction: "FR" },
      { channel: "portal", actor: { type: "subject" } },
    ).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(DomainError);
    expect((refused as DomainError).code).toBe("right_not_granted");
  });

  it("asks whoever searches a manual system whether the records were found, and answers from it", async () => {
    const email = `archive.${Date.now()}@shop.test`;
    await withSystem(
      {
        key: `archive-confirm-${Date.now()}`,
        name: "Paper archive",
        kind: "manual",
        enabled: true,
        config: { instructions: "Search the archive boxes.", assigneeId: agent.id, dueInDays: 1 },
      },
      null,
      async () => {
        const id = await verifiedRequest({ type: "confirmation", email, locale: "en", jurisdiction: "BR" });
        const task = await waitForStep(id, "collect", "waiting");
        const missing = await completeManualTask(agent.id, {
          requestId: id,
          taskId: task.id,
          outcome: "done",
          note: "Searched the 2021 boxes.",
        }).catch((e: unknown) => e);
        expect(missing).toBeInstanceOf(DomainError);
        expect((missing as DomainError).fields).toMatchObject({ found: "is required" });
        await completeManualTask(agent.id, {
          requestId: id,
          taskId: task.id,
          outcome: "done",
          note: "One letter from 2021.",
          found: "yes",
        });
        expect((await waitForRequestStatus(id, "completed")).outcome).toBe("completed");
        const text = (await waitForMail(email, /is complete/)).text.replace(/\s+/g, " ");
        expect(text).toContain("Yes: we process personal data about you.");
      },
    );
  });
});
