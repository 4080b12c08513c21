import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { isDomainError } from "@/lib/domain/errors";
import { requireStaffPage } from "@/lib/http/staff-page";
import { getSystem } from "@/lib/systems/get-system";
import { LEGAL_BASES } from "@/lib/domain/register";
import { MAX_LIST_ITEMS, registerFactsFormValues } from "@/lib/systems/register-facts";
import { TRANSLATED_FIELDS, translationFieldName } from "@/lib/systems/register-translations";
import { ActionForm } from "../../../components/action-form";
import { saveRegisterFactsAction } from "../actions";
import { Capabilities, EnabledBadge, LastTest, SystemActions } from "../system-bits";
import "../systems.css";

const FACT_NAMES: Record<(typeof TRANSLATED_FIELDS)[number], string> = {
  purposes: "Purposes (one per line)",
  categories: "Data categories (one per line)",
  retention: "Retention",
  source: "Source",
  automatedDecisions: "Automated decisions",
};
const LANGUAGES = [
  ["fr", "French"],
  ["en", "English"],
] as const;

const LEGAL_BASIS_LABELS: Record<(typeof LEGAL_BASES)[number], string> = {
  consent: "Consent — Art. 6(1)(a)",
  contract: "Contract — Art. 6(1)(b)",
  legal_obligation: "Legal obligation — Art. 6(1)(c)",
  vital_interests: "Vital interests — Art. 6(1)(d)",
  public_task: "Public task — Art. 6(1)(e)",
  legitimate_interests: "Legitimate interests — Art. 6(1)(f)",
};

export const metadata = { title: "System — privacy requests" };

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
  await requireStaffPage("systems.manage");
  const system = await load((await params).id);
  const values = registerFactsFormValues(system.facts);
  return (
    <>
      <p>
        <Link href="/staff/admin/systems">« Systems</Link>
      </p>
      <h1>{system.name}</h1>
      <section className="panel" aria-labelledby="h-connector">
        <h2 id="h-connector">Connector</h2>
        <dl className="facts">
          <dt>Key</dt>
          <dd>
            <code>{system.key}</code>
          </dd>
          <dt>Kind</dt>
          <dd>{system.kind}</dd>
          <dt>Status</dt>
          <dd>
            <EnabledBadge enabled={system.enabled} />
          </dd>
          <dt>Capabilities</dt>
          <dd>
            <Capabilities system={system} />
          </dd>
          <dt>Last connection test</dt>
          <dd>
            <LastTest system={system} />
          </dd>
        </dl>
        <SystemActions system={system} style={{ marginTop: "0.6rem" }} />
      </section>
      <section className="panel" aria-labelledby="h-register">
        <h2 id="h-register">Register facts</h2>
        <p className="muted">The access report quotes these to the subject, in the words written here.</p>
        <ActionForm
          action={saveRegisterFactsAction}
          submitLabel="Save register facts"
          pendingLabel="Saving…"
          className="register-form"
          label="Register facts"
        >
          <input type="hidden" name="systemId" value={system.id} />
          <input type="hidden" name="version" value={system.version} />
          <div className="field">
            <label htmlFor="purposes">Purposes</label>
            <p className="hint" id="purposes-hint">
              One per line, with the legal basis, e.g. “Customer service (contract)”. At most {MAX_LIST_ITEMS}.
            </p>
            <textarea id="purposes" name="purposes" aria-describedby="purposes-hint" defaultValue={values.purposes} />
          </div>
          <div className="field">
            <label htmlFor="categories">Data categories</label>
            <p className="hint" id="categories-hint">
              One per line, e.g. “Contact details”.
            </p>
            <textarea
              id="categories"
              name="categories"
              aria-describedby="categories-hint"
              defaultValue={values.categories}
            />
          </div>
          <div className="field">
            <label htmlFor="recipients">Recipients</label>
            <p className="hint" id="recipients-hint">
              One per line, named: <code>Name &lt;privacy@example.com&gt;</code> or just <code>Name</code>. The e-mail
              address, when given, is where notices of rectification, erasure and restriction are sent (Art. 19).
            </p>
            <textarea
              id="recipients"
              name="recipients"
              aria-describedby="recipients-hint"
              defaultValue={values.recipients}
            />
          </div>
          <div className="field">
            <label htmlFor="retention">Retention</label>
            <p className="hint" id="retention-hint">
              How long the data is kept, or the criteria used to decide.
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
            <label htmlFor="source">Source</label>
            <p className="hint" id="source-hint">
              Where the data comes from, e.g. “You, when you created your account” or the third party it came from.
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
            <legend>Legal bases</legend>
            <p className="hint">The access report names each one in the subject&apos;s language.</p>
            {LEGAL_BASES.map((b) => (
              <label key={b} className="check">
                <input type="checkbox" name="legalBases" value={b} defaultChecked={values.legalBases.includes(b)} />{" "}
                {LEGAL_BASIS_LABELS[b]}
              </label>
            ))}
          </fieldset>
          <div className="field">
            <label htmlFor="automatedDecisions">Automated decisions</label>
            <p className="hint" id="automatedDecisions-hint">
              Decisions made solely by automated means (Art. 22), with the logic involved and their consequences for the
              person. Leave empty when there are none.
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
            <label htmlFor="transfers">Transfers outside the EU/EEA</label>
            <p className="hint" id="transfers-hint">
              One per line: <code>US | Recipient | scc | where to get a copy</code>. Safeguards: adequacy, scc, bcr,
              derogation, other (Art. 15(2)).
            </p>
            <textarea
              id="transfers"
              name="transfers"
              className="short"
              aria-describedby="transfers-hint"
              defaultValue={values.transfers}
            />
          </div>
          {LANGUAGES.map(([locale, language]) => (
            <fieldset key={locale} className="field translations">
              <legend>{language} version (optional)</legend>
              <p className="hint">
                The access report of a subject who reads {language} quotes these instead of the facts above; leave a
                field empty to quote the fact as written.
              </p>
              {TRANSLATED_FIELDS.map((f) => {
                const name = translationFieldName(f, locale);
                return (
                  <div key={name} className="field">
                    <label htmlFor={name}>
                      {FACT_NAMES[f]} — {language}
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
          ))}
        </ActionForm>
      </section>
    </>
  );
}
