import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { closeDb, db } from "@/lib/db/client";
import { auditLog, requests } from "@/lib/db/schema";
import { extractCode, waitForMail, waitForMailWhere } from "@/scripts/test-support/mailbox";
import { subjectTimeline } from "./timeline";
import { submitRequest } from "@/lib/requests/intake/submit-request";
import { verifyByCode } from "@/lib/requests/verification/verify-email";
import { withdrawAsSubject } from "./withdraw-as-subject";

afterAll(() => closeDb());

describe("withdrawAsSubject", () => {
  it("withdraws the request of the status token, audits it as the subject and mails a confirmation", async () => {
    const to = `withdraw.${randomBytes(4).toString("hex")}@example.net`;
    const { id, reference } = await submitRequest(
      { type: "erasure", email: to, fullName: "Wanda Withdraw", locale: "fr" },
      { channel: "portal", actor: { type: "subject" } },
    );
    const { statusToken } = await verifyByCode(id, extractCode((await waitForMail(to)).text));

    expect(await withdrawAsSubject({ token: statusToken })).toEqual({ reference });
    const [row] = await db().select().from(requests).where(eq(requests.id, id));
    expect(row!.status).toBe("withdrawn");
    expect(row!.outcome).toBe("withdrawn");
    expect(row!.closedAt).not.toBeNull();
    const audit = await db().select().from(auditLog).where(eq(auditLog.requestId, id));
    expect(audit.find((a) => a.action === "request.withdrawn")).toMatchObject({ actorType: "subject" });
    await waitForMailWhere(to, (m) => /retirée/.test(m.subject));

    const view = await subjectTimeline(statusToken);
    expect(view!.open).toBe(false);
    expect(view!.steps.at(-1)!.kind).toBe("withdrawn");
    // Twice is not possible: the request is closed.
    await expect(withdrawAsSubject({ token: statusToken })).rejects.toMatchObject({ code: "invalid_transition" });
  });

  it("does nothing for an unknown token", async () => {
    await expect(withdrawAsSubject({ token: "no-such-token" })).rejects.toMatchObject({ code: "not_found" });
    await expect(withdrawAsSubject({ token: "" })).rejects.toMatchObject({ code: "not_found" });
  });
});
