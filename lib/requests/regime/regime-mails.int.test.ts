import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb, db } from "@/lib/db/client";
import { listDevMail } from "@/lib/db/queries/dev-mail";
import { requests } from "@/lib/db/schema";
import { addDays, REGIMES } from "@/lib/domain/deadline";
import { refusalReasonsFor } from "@/lib/domain/refusal-grounds";
import type { Locale } from "@/lib/domain/locale";
import { submitStaffRequest } from "@/lib/requests/intake/staff-intake";
import { runStaffTransition } from "@/lib/requests/transitions/run-staff-transition";
import { notifyNewDate } from "@/lib/requests/staff/notify-new-date";
import { testStaff } from "@/scripts/test-support/fulfilment";
import { waitForMailWhere } from "@/scripts/test-support/mailbox";
import { leaks, missing, RESIDENCES } from "@/scripts/test-support/regime-markers";

/**
 * Issue 12, "done when": the same access request filed by residents of FR, DE (French controller),
 * GB, US-CA, BR, CA and CH; one refused and one extended each (CH: the nFADP "new date"; BR: the LGPD
 * has no extension, so the attempt is refused and nothing is mailed). Every mail read from the SMTP
 * sink names its own authority and law and none names another regime's.
 */

type Staff = { id: string; role: "dpo" };
let dpo: Staff;
beforeAll(async () => {
  dpo = (await testStaff("dpo")) as Staff;
});
afterAll(() => closeDb());

const LOCALE: Record<string, Locale> = {
  FR: "fr",
  DE: "en",
  GB: "en",
  "US-CA": "en",
  BR: "fr",
  CA: "fr",
  CH: "fr",
  "US-VA": "en",
  "US-CO": "fr",
  "US-UT": "en",
  "US-IA": "fr",
  "US-OR": "en",
  "US-MN": "fr",
};
const address = (residence: string, tag: string) =>
  `${tag}.${residence.toLowerCase()}.${randomBytes(4).toString("hex")}@example.net`;

/** An access request entered by staff with the identity checked: filed verified, acknowledged by mail. */
async function file(residence: string, to: string) {
  return submitStaffRequest(
    {
      type: "access",
      email: to,
      fullName: "Alex Martin",
      locale: LOCALE[residence],
      jurisdiction: residence,
      channel: "email",
      receivedAt: new Date().toISOString(),
      identityMethod: "known_account",
      identityNote: "Customer account matched",
    },
    dpo,
  );
}
const versionOf = async (id: string) => (await db().select().from(requests).where(eq(requests.id, id)))[0]!;

/** Waits until `n` mails reached `to`, then returns them all (subject + text + html visible text). */
async function mails(to: string, n: number) {
  await waitForMailWhere(to, (_m, all) => all.length >= n, 30_000);
  const all = await listDevMail(db(), { to });
  expect(all.length).toBe(n);
  return all.map((m) => ({ subject: m.subject, body: `${m.subject}\n${m.text}` }));
}

describe.each(RESIDENCES)("a resident of $residence ($regime)", ({ residence, regime }) => {
  const locale = LOCALE[residence]!;

  it("is acknowledged and refused in their own regime's words only", async () => {
    const to = address(residence, "refused");
    const filed = await file(residence, to);
    expect(filed.status).toBe("new");
    const row = await versionOf(filed.id);
    expect(row.regime).toBe(regime);
    await runStaffTransition(
      {
        type: "refuse",
        requestId: filed.id,
        version: row.version,
        // PIPEDA and the LGPD have no "excessive" ground (refusal-grounds.ts): an exemption, its provision named.
        ...(refusalReasonsFor(regime).includes("excessive")
          ? { reasonCode: "excessive" as const, reasonText: "This is the fifth identical request this month." }
          : { reasonCode: "exemption" as const, reasonText: "The data is subject to solicitor-client privilege." }),
      },
      dpo,
    );
    const got = await mails(to, 2);
    for (const m of got) {
      expect(leaks(regime, m.body), m.body).toEqual([]);
      expect(missing(regime, locale, m.body), m.body).toEqual([]);
    }
    const refusal = got.find((m) => /Our answer|Notre réponse/.test(m.subject))!;
    expect(refusal).toBeDefined();
    if (residence === "DE") {
      // Art. 77 GDPR: the German resident is also given the German authorities, beside the French lead one.
      expect(refusal.body).toContain("cnil.fr");
      expect(refusal.body).toContain("datenschutzkonferenz-online.de");
    }
    if (residence === "FR") expect(refusal.body).not.toContain("datenschutzkonferenz");
  });

  it("is told of more time in their own regime's words only", async () => {
    const to = address(residence, "extended");
    const filed = await file(residence, to);
    const row = await versionOf(filed.id);
    let expected = 1;
    if (regime === "NFADP") {
      const newDate = addDays(row.dueDate, 20);
      await notifyNewDate(
        { requestId: filed.id, newDate, reason: "Our archive provider must extract your data." },
        dpo.id,
      );
      // The same date again is the same notice: no second mail.
      const again = await notifyNewDate(
        { requestId: filed.id, newDate, reason: "Our archive provider must extract your data." },
        dpo.id,
      );
      expect(again.noticeId).toBeNull();
      expected = 2;
    } else if (REGIMES[regime].extension) {
      await runStaffTransition(
        { type: "extend", requestId: filed.id, version: row.version, reason: "Your data sits in six systems." },
        dpo,
      );
      expected = 2;
    } else {
      await expect(
        runStaffTransition(
          { type: "extend", requestId: filed.id, version: row.version, reason: "Your data sits in six systems." },
          dpo,
        ),
      ).rejects.toMatchObject({ code: "extension_not_allowed" });
    }
    const got = await mails(to, expected);
    for (const m of got) {
      expect(leaks(regime, m.body), m.body).toEqual([]);
      expect(missing(regime, locale, m.body), m.body).toEqual([]);
    }
    const ack = got.find((m) => /received your request|bien reçu votre demande/.test(m.subject))!;
    if (regime === "PIPEDA") expect(ack.body).toMatch(/paragraphe 8\(5\)/);
    if (regime === "PIPEDA") {
      const ext = got.find((m) => m !== ack)!;
      expect(ext.body).toMatch(/paragraphe 8\(4\) de la LPRPDE/);
    }
    if (regime === "NFADP") {
      const notice = got.find((m) => m !== ack)!;
      expect(notice.body).toMatch(/article 18, alinéa 2, de l'ordonnance sur la protection des données/);
    }
  });
});
