import { StaffLink } from "@/app/(staff)/staff/(app)/components/staff-link";
import { Fragment, type ReactNode } from "react";
import { notFound } from "next/navigation";
import { z } from "zod";
import { isDomainError } from "@/lib/domain/errors";
import { requireStaffPage } from "@/lib/http/staff-page";
import { fill } from "@/lib/i18n/fill";
import { lookup, staffMessages } from "@/lib/i18n/staff";
import { getSystem } from "@/lib/systems/get-system";
import { LEGAL_BASES } from "@/lib/domain/register";
import { MAX_LIST_ITEMS, registerFactsFormValues } from "@/lib/systems/register-facts";
import { TRANSLATED_FIELDS, translationFieldName } from "@/lib/systems/register-translations";
import { ActionForm } from "../../../components/action-form";
import { saveRegisterFactsAction } from "../actions";
import { Capabilities, EnabledBadge, LastTest, SystemActions } from "../system-bits";
import "../systems.css";
import { staffTitle } from "@/lib/http/staff-title";

/** A catalogue sentence with `{name}` values shown as code (examples of the format to type). */
function withCode(text: string, values: Record<string, string>): ReactNode[] {
  return text
    .split(/\{(\w+)\}/)
    .map((part, i) =>
      i % 2 === 1 ? <code key={i}>{values[part] ?? part}</code> : <Fragment key={i}>{part}</Fragment>,
    );
}

export const generateMetadata = staffTitle("system");

async function load(id: string) {
  if (!z.uuid().safeParse(id).success) notFound();
  try {
    return await getSystem({ systemId: id });
  } catch (err) {
    if (isDomainError(err) && err.code === "not_found") notFound();
    throw err;
  }
}

/** One system: its connector's state and the processing-register facts the access report quotes. */
export default async function SystemPage({ params }: { params: Promise<{ id: string }> }) {
  const staff = await requireStaffPage("systems.manage");
  const system = await load((await params).id);
  const t = staffMessages(staff.locale).registerPage;
  const kinds = staffMessages(staff.locale).systemKinds;
  const values = registerFactsFormValues(system.facts);
  return (
    <>
      <p>
        <StaffLink href="/staff/admin/systems">{t.back}</StaffLink>
      </p>
      <h1>{system.name}</h1>
      <section className="panel" aria-labelledby="h-connector">
        <h2 id="h-connector">{t.connector}</h2>
        <dl className="facts">
          <dt>{t.key}</dt>
          <dd>
            <code>{system.key}</code>
          </dd>
          <dt>{t.kind}</dt>
          <dd>{lookup(kinds, system.kind)}</dd>
          <dt>{t.status}</dt>
          <dd>
            <EnabledBadge enabled={system.enabled} />
          </dd>
          <dt>{t.capabilities}</dt>
          <dd>
            <Capabilities system={system} />
          </dd>
          <dt>{t.lastTest}</dt>
          <dd>
            <LastTest system={system} />
          </dd>
        </dl>
        <SystemActions system={system} style={{ marginTop: "0.6rem" }} />
      </section>
      <section className="panel" aria-labelledby="h-register">
        <h2 id="h-register">{t.title}</h2>
        <p className="muted">{t.intro}</p>
        <ActionForm
          action={saveRegisterFactsAction}
          submitLabel={t.save}
          pendingLabel={t.saving}
          className="register-form"
          label={t.title}
        >
          <input type="hidden" name="systemId" value={system.id} />
          <input type="hidden" name="version" value={system.version} />
          <div className="field">
            <label htmlFor="purposes">{t.purposes}</label>
            <p className="hint" id="purposes-hint">
              {fill(t.purposesHint, { max: MAX_LIST_ITEMS })}
            </p>
            <textarea id="purposes" name="purposes" aria-describedby="purposes-hint" defaultValue={values.purposes} />
          </div>
          <div className="field">
            <label htmlFor="categories">{t.categories}</label>
            <p className="hint" id="categories-hint">
              {t.categoriesHint}
            </p>
            <textarea
              id="categories"
              name="categories"
              aria-describedby="categories-hint"
              defaultValue={values.categories}
            />
          </div>
          <div className="field">
            <label htmlFor="recipients">{t.recipients}</label>
            <p className="hint" id="recipients-hint">
              {withCode(t.recipientsHint, { named: "Name <privacy@example.com>", name: "Name" })}
            </p>
            <textarea
              id="recipients"
              name="recipients"
              aria-describedby="recipients-hint"
              defaultValue={values.recipients}
            />
          </div>
          <div className="field">
            <label htmlFor="retention">{t.retention}</label>
            <p className="hint" id="retention-hint">
              {t.retentionHint}
            </p>
            <textarea
              id="retention"
              name="retention"
              className="short"
              aria-describedby="retention-hint"
              defaultValue={values.retention}
            />
          </div>
          <div className="field">
            <label htmlFor="source">{t.source}</label>
            <p className="hint" id="source-hint">
              {t.sourceHint}
            </p>
            <textarea
              id="source"
              name="source"
              className="short"
              aria-describedby="source-hint"
              defaultValue={values.source}
            />
          </div>
          <fieldset className="field">
            <legend>{t.legalBases}</legend>
            <p className="hint">{t.legalBasesHint}</p>
            {LEGAL_BASES.map((b) => (
              <label key={b} className="check">
                <input type="checkbox" name="legalBases" value={b} defaultChecked={values.legalBases.includes(b)} />{" "}
                {t.legalBasisLabels[b]}
              </label>
            ))}
          </fieldset>
          <div className="field">
            <label htmlFor="automatedDecisions">{t.automatedDecisions}</label>
            <p className="hint" id="automatedDecisions-hint">
              {t.automatedDecisionsHint}
            </p>
            <textarea
              id="automatedDecisions"
              name="automatedDecisions"
              className="short"
              aria-describedby="automatedDecisions-hint"
              defaultValue={values.automatedDecisions}
            />
          </div>
          <div className="field">
            <label htmlFor="transfers">{t.transfers}</label>
            <p className="hint" id="transfers-hint">
              {withCode(t.transfersHint, { format: "US | Recipient | scc | where to get a copy" })}
            </p>
            <textarea
              id="transfers"
              name="transfers"
              className="short"
              aria-describedby="transfers-hint"
              defaultValue={values.transfers}
            />
          </div>
          {(["fr", "en"] as const).map((locale) => {
            const language = t.languages[locale];
            return (
              <fieldset key={locale} className="field translations">
                <legend>{fill(t.versionTitle, { language })}</legend>
                <p className="hint">{fill(t.versionHint, { language })}</p>
                {TRANSLATED_FIELDS.map((f) => {
                  const name = translationFieldName(f, locale);
                  return (
                    <div key={name} className="field">
                      <label htmlFor={name}>
                        {t.factNames[f]} — {language}
                      </label>
                      <textarea
                        id={name}
                        name={name}
                        lang={locale}
                        className={f === "purposes" || f === "categories" ? undefined : "short"}
                        defaultValue={values.translations[name]}
                      />
                    </div>
                  );
                })}
              </fieldset>
            );
          })}
        </ActionForm>
      </section>
    </>
  );
}
