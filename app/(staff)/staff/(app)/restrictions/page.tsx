import { StaffLink } from "@/app/(staff)/staff/(app)/components/staff-link";
import "./restrictions.css";
import { can } from "@/lib/auth/policy";
import { decryptMaybe } from "@/lib/crypto/env-keys";
import { db } from "@/lib/db/client";
import { isRestrictionsCursor, listRestrictionsInForce, type RestrictionInForce } from "@/lib/db/queries/restrictions";
import { controllerProfile } from "@/lib/env";
import { fill } from "@/lib/i18n/fill";
import { lookup } from "@/lib/i18n/staff";
import { requireStaffPage } from "@/lib/http/staff-page";
import { staffTitle } from "@/lib/http/staff-title";
import { staffMessages } from "@/lib/i18n/staff";
import { ActionForm } from "../components/action-form";
import { formatStaffInstant } from "../components/staff-display";
import { liftFromRegisterAction } from "./actions";

export const generateMetadata = staffTitle("restrictions");

function subjectName(r: RestrictionInForce, minimised: string): string {
  if (r.fullNameEnc === "") return minimised;
  try {
    return decryptMaybe(r.fullNameEnc, `requests.full_name:${r.requestId}`) ?? "";
  } catch {
    return "—";
  }
}

/** The register of restrictions in force (GDPR Art. 18): who, which systems, since when, the ground, lift. */
export default async function RestrictionsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const staff = await requireStaffPage("request.view");
  const locale = staff.locale ?? "en";
  const t = staffMessages(locale).restrictions;
  const raw = (await searchParams).after;
  const after = typeof raw === "string" && isRestrictionsCursor(raw) ? raw : null;
  const { rows, next } = await listRestrictionsInForce(db(), { after });
  const showSubject = can(staff, "request.view_subject");
  const mayLift = can(staff, "restriction.lift");
  const fallbackZone = controllerProfile().timeZone;
  return (
    <>
      <h1>{t.title}</h1>
      <p className="muted">
        {t.intro} {t.order}
      </p>
      {rows.length === 0 ? (
        <p data-testid="no-restrictions">
          {after ? <StaffLink href="/staff/restrictions">{t.first}</StaffLink> : t.none}
        </p>
      ) : (
        <div>
          <table className="list register-table" data-testid="restrictions">
            <thead>
              <tr>
                <th scope="col">{t.reference}</th>
                {showSubject ? <th scope="col">{t.subject}</th> : null}
                <th scope="col">{t.systems}</th>
                <th scope="col" aria-sort="descending">
                  {t.since}
                </th>
                <th scope="col">{t.ground}</th>
                <th scope="col">{t.lift}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.requestId} data-testid={`restriction-${r.reference}`}>
                  <td>
                    <StaffLink href={`/staff/requests/${r.requestId}`}>{r.reference}</StaffLink>
                  </td>
                  {showSubject ? <td data-label={t.subject}>{subjectName(r, t.minimised)}</td> : null}
                  <td data-label={t.systems}>{r.systems.join(", ")}</td>
                  <td data-label={t.since}>
                    {formatStaffInstant(r.since, locale, r.controllerTimeZone ?? fallbackZone)}
                  </td>
                  <td data-label={t.ground}>{r.ground ? lookup(t.grounds, r.ground) : t.noGround}</td>
                  <td>
                    {r.messageDuringLift ? (
                      <p className="lift-message" data-testid="lift-message">
                        <strong>
                          {fill(r.liftNotice === "skipped" ? t.messageDuringCancelledLift : t.messageDuringLift, {
                            when: formatStaffInstant(r.messageDuringLift, locale, r.controllerTimeZone ?? fallbackZone),
                          })}
                        </strong>
                      </p>
                    ) : null}
                    {r.liftNotice === "skipped" ? <p className="muted">{t.liftCancelled}</p> : null}
                    {r.liftNotice && r.liftNotice !== "skipped" ? (
                      <span className="muted">{t.liftAnnounced}</span>
                    ) : mayLift ? (
                      <ActionForm
                        action={liftFromRegisterAction}
                        submitLabel={t.liftSubmit}
                        confirm={t.liftConfirm}
                        danger
                        label={`${t.lift} ${r.reference}`}
                      >
                        <input type="hidden" name="requestId" value={r.requestId} />
                        <div className="compact-field">
                          <label htmlFor={`lift-${r.requestId}`}>{t.liftReason}</label>
                          <textarea id={`lift-${r.requestId}`} name="reason" required minLength={10} maxLength={2000} />
                        </div>
                      </ActionForm>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {next ? (
        <p>
          <StaffLink href={`/staff/restrictions?after=${encodeURIComponent(next)}`} rel="next">
            {t.next}
          </StaffLink>
        </p>
      ) : null}
    </>
  );
}
