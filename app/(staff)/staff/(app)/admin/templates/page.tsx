import { StaffLink } from "@/app/(staff)/staff/(app)/components/staff-link";
import { requireStaffPage } from "@/lib/http/staff-page";
import { fill } from "@/lib/i18n/fill";
import { lookup, staffMessages } from "@/lib/i18n/staff";
import { previewEntries, renderPreview } from "@/lib/mail/preview";
import "../../notifications/watch.css";
import { staffTitle } from "@/lib/http/staff-title";
import { can } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import { listMailWordings } from "@/lib/db/queries/mail-wording";
import { controllerProfile } from "@/lib/env";
import { formatStaffInstant } from "../../components/staff-display";
import { WordingEditor } from "./wording-editor";

export const generateMetadata = staffTitle("templates");

/**
 * Every lifecycle and staff mail, in French and English: the list names them all, and only the one
 * chosen is rendered with sample data (text and HTML).
 */
export default async function TemplatesPage({ searchParams }: { searchParams: Promise<{ show?: string }> }) {
  const staff = await requireStaffPage("templates.view");
  const t = staffMessages(staff.locale).templates;
  const names = staffMessages(staff.locale).mailNames;
  const { show } = await searchParams;
  const wordings = await listMailWordings(db());
  const previews = previewEntries();
  const chosen = previews.find((p) => `${p.key}.${p.locale}` === show) ?? previews[0];
  const selected = chosen ? await renderPreview(chosen, wordings) : undefined;
  // Admins word the free paragraphs of the mails to the person (issue 16); others see the previews only.
  const wording =
    selected && selected.audience === "subject" && can(staff, "templates.manage")
      ? (wordings.find((w) => w.template === selected.key && w.locale === selected.locale) ?? null)
      : undefined;
  const w = staffMessages(staff.locale).mailWording;
  return (
    <>
      <h1>{t.title}</h1>
      <p className="muted">{t.intro}</p>
      <div className="templates">
        <nav aria-label={t.nav}>
          <ul>
            {previews.map((p) => (
              <li key={`${p.key}.${p.locale}`}>
                <StaffLink
                  href={`/staff/admin/templates?show=${encodeURIComponent(`${p.key}.${p.locale}`)}`}
                  aria-current={p === chosen ? "page" : undefined}
                >
                  {/* The mail's name for people; a staff sample's case ("(due in 3 days)") is dropped from the key. */}
                  {lookup(names, p.key.replace(/ \(.*\)$/, ""), p.key)}{" "}
                  <span className="muted">
                    ({t.audience[p.audience]}, {p.locale})
                  </span>
                </StaffLink>
              </li>
            ))}
          </ul>
        </nav>
        {selected ? (
          <article className="card" aria-label={t.preview}>
            <h2>{selected.subject}</h2>
            <iframe
              title={fill(t.htmlPreview, { key: selected.key })}
              sandbox=""
              srcDoc={selected.html}
              style={{ width: "100%", height: 520, border: "1px solid #d1d5db" }}
            />
            <h3>{t.plainText}</h3>
            <pre className="mail">{selected.text}</pre>
          </article>
        ) : null}
      </div>
      {selected && wording !== undefined ? (
        <WordingEditor
          key={`${selected.key}.${selected.locale}`}
          template={selected.key}
          locale={selected.locale}
          intro={wording?.intro ?? ""}
          outro={wording?.outro ?? ""}
          initialHtml={selected.html}
          words={w}
          versionNote={
            wording
              ? fill(w.version, {
                  version: String(wording.version),
                  when: formatStaffInstant(wording.updatedAt, staff.locale, controllerProfile().timeZone),
                })
              : null
          }
        />
      ) : null}
    </>
  );
}
