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
import { recipientName } from "@/lib/systems/recipients";
import {
  isListField,
  MAX_SYSTEM_NAME,
  TRANSLATED_FIELDS,
  translationFieldName,
  type TranslatedField,
} from "@/lib/systems/register-translations";
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

/** One register fact: its label, its hint (read out with the field) and the text typed; `wide` for the long lists. */
function FactField(p: { name: string; label: string; value: string; wide?: boolean; children: ReactNode }) {
  const hint = `${p.name}-hint`;
  return (
    <div className="field">
      <label htmlFor={p.name}>{p.label}</label>
      <p className="hint" id={hint}>
        {p.children}
      </p>
      <textarea
        id={p.name}
        name={p.name}
        className={p.wide ? undefined : "short"}
        aria-describedby={hint}
        defaultValue={p.value}
      />
    </div>
  );
}

/**
 * One fact's French or English version. The name and the recipients show the text as written as their
 * placeholder: the recipients' version is matched to it line by line.
 */
function TranslationField(p: {
  field: TranslatedField;
  locale: "fr" | "en";
  label: string;
  hint?: string;
  value: string;
  asWritten?: string;
}) {
  const name = translationFieldName(p.field, p.locale);
  const hint = p.hint ? `${name}-hint` : undefined;
  const common = {
    id: name,
    name,
    lang: p.locale,
    defaultValue: p.value,
    placeholder: p.asWritten || undefined,
    "aria-describedby": hint,
  };
  return (
    <div className="field">
      <label htmlFor={name}>{p.label}</label>
      {p.hint ? (
        <p className="hint" id={hint}>
          {p.hint}
        </p>
      ) : null}
      {p.field === "name" ? (
        <input type="text" maxLength={MAX_SYSTEM_NAME} {...common} />
      ) : (
        <textarea className={isListField(p.field) ? undefined : "short"} {...common} />
      )}
    </div>
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
  const recipientNames = system.facts.recipients.map(recipientName).join("\n");
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
          <FactField name="purposes" label={t.purposes} value={values.purposes} wide>
            {fill(t.purposesHint, { max: MAX_LIST_ITEMS })}
          </FactField>
          <FactField name="categories" label={t.categories} value={values.categories} wide>
            {t.categoriesHint}
          </FactField>
          <FactField name="recipients" label={t.recipients} value={values.recipients} wide>
            {withCode(t.recipientsHint, { named: t.recipientNamed, name: t.recipientName })}
          </FactField>
          <FactField name="retention" label={t.retention} value={values.retention}>
            {t.retentionHint}
          </FactField>
          <FactField name="source" label={t.source} value={values.source}>
            {t.sourceHint}
          </FactField>
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
          <FactField name="automatedDecisions" label={t.automatedDecisions} value={values.automatedDecisions}>
            {t.automatedDecisionsHint}
          </FactField>
          <FactField name="transfers" label={t.transfers} value={values.transfers}>
            {withCode(t.transfersHint, { format: t.transferFormat })}
          </FactField>
          {(["fr", "en"] as const).map((locale) => {
            const language = t.languages[locale];
            return (
              <fieldset key={locale} className="field translations">
                <legend>{fill(t.versionTitle, { language })}</legend>
                <p className="hint">{fill(t.versionHint, { language })}</p>
                {TRANSLATED_FIELDS.map((f) => (
                  <TranslationField
                    key={f}
                    field={f}
                    locale={locale}
                    label={`${t.factNames[f]} — ${language}`}
                    hint={f === "recipients" ? t.recipientsVersionHint : undefined}
                    value={values.translations[translationFieldName(f, locale)] ?? ""}
                    asWritten={f === "name" ? system.name : f === "recipients" ? recipientNames : undefined}
                  />
                ))}
              </fieldset>
            );
          })}
        </ActionForm>
      </section>
    </>
  );
}
