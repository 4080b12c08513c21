import Link from "next/link";
import { notFound } from "next/navigation";
import { isLocale } from "@/lib/domain/locale";
import { REQUEST_TYPES } from "@/lib/domain/vocabulary";
import { regimeGrants } from "@/lib/domain/rights";
import { env } from "@/lib/env";
import { fill } from "@/lib/i18n/fill";
import { messages } from "@/lib/i18n/messages";
import { agentMessages, type AgentMessages } from "@/lib/i18n/messages/agent";

const FIELDS = [
  "agentName",
  "agentEmail",
  "agentOrganisation",
  "fullName",
  "email",
  "type",
  "permissionKind",
  "permission",
] as const;

/**
 * An authorised agent files for a consumer (11 CCR § 7063): a plain multipart form posted to ./submit,
 * server-rendered, without JavaScript. Errors come back as codes in the query (no personal data in URLs).
 */
export default async function AgentPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ error?: string; invalid?: string | string[] }>;
}) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const t = agentMessages(locale);
  const portal = messages(locale).portal;
  const { error, invalid = [] } = await searchParams;
  const bad = new Set([invalid].flat().filter((f) => (FIELDS as readonly string[]).includes(f)));
  const formError = error && error in t.errors ? t.errors[error as keyof AgentMessages["errors"]] : null;
  if (formError && error?.startsWith("permission")) bad.add("permission");
  const labels: Record<string, string> = {
    agentName: t.agentName,
    agentEmail: t.agentEmail,
    agentOrganisation: t.agentOrganisation,
    fullName: t.consumerName,
    email: t.consumerEmail,
    type: t.type,
    permissionKind: t.kindLegend,
    permission: t.permission,
  };
  const input = (name: string, type: string, required: boolean, autoComplete?: string) => (
    <div className={`field${bad.has(name) ? " has-error" : ""}`}>
      <label htmlFor={name}>
        {labels[name]} <span className="tag">{required ? t.required : t.optional}</span>
      </label>
      {bad.has(name) ? (
        <p id={`${name}-error`} className="error">
          {t.errors.invalid}
        </p>
      ) : null}
      <input
        id={name}
        name={name}
        type={type}
        required={required}
        autoComplete={autoComplete}
        maxLength={300}
        aria-invalid={bad.has(name) || undefined}
      />
    </div>
  );
  const mb = Math.floor(env().AGENT_PERMISSION_MAX_BYTES / 1024 / 1024);
  return (
    <>
      <p className="breadcrumb">
        <Link href={`/${locale}`}>← {portal.homeLink}</Link>
      </p>
      <h1>{t.title}</h1>
      <p className="lead">{t.lead}</p>
      {formError || bad.size > 0 ? (
        <div className="error-summary" role="alert" tabIndex={-1}>
          <h2>{t.errorSummary}</h2>
          <ul>
            {formError ? <li>{formError}</li> : null}
            {[...bad]
              .filter((f) => f !== "permission")
              .map((f) => (
                <li key={f}>
                  <a href={`#${f}`}>
                    {labels[f]}: {t.errors.invalid}
                  </a>
                </li>
              ))}
          </ul>
        </div>
      ) : null}
      <form method="post" action={`/${locale}/agent/submit`} encType="multipart/form-data" className="form">
        <fieldset className="field">
          <legend>{t.agentLegend}</legend>
          {input("agentName", "text", true, "name")}
          {input("agentEmail", "email", true, "email")}
          {input("agentOrganisation", "text", false, "organization")}
        </fieldset>
        <fieldset className="field">
          <legend>{t.consumerLegend}</legend>
          {input("fullName", "text", true)}
          {input("email", "email", true)}
          <div className={`field${bad.has("type") ? " has-error" : ""}`}>
            <label htmlFor="type">
              {t.type} <span className="tag">{t.required}</span>
            </label>
            <select id="type" name="type" required defaultValue="access">
              {REQUEST_TYPES.filter((type) => regimeGrants("CCPA", type)).map((type) => (
                <option key={type} value={type}>
                  {portal.rights[type].title}
                </option>
              ))}
            </select>
          </div>
        </fieldset>
        <fieldset className={`field${bad.has("permissionKind") ? " has-error" : ""}`} id="permissionKind">
          <legend>{t.kindLegend}</legend>
          <p id="permissionKind-hint" className="hint">
            {t.kindHint}
          </p>
          {bad.has("permissionKind") ? (
            <p id="permissionKind-error" className="error">
              {t.errors.invalid}
            </p>
          ) : null}
          {(["signed_permission", "power_of_attorney"] as const).map((kind) => (
            <label key={kind} className="choice">
              <input
                type="radio"
                name="permissionKind"
                value={kind}
                defaultChecked={kind === "signed_permission"}
                aria-describedby="permissionKind-hint"
              />{" "}
              <span>{t.kinds[kind]}</span>
            </label>
          ))}
        </fieldset>
        <div className={`field${bad.has("permission") ? " has-error" : ""}`}>
          <label htmlFor="permission">
            {t.permission} <span className="tag">{t.required}</span>
          </label>
          <p id="permission-hint" className="hint">
            {fill(t.permissionHint, { mb })}
          </p>
          <input
            id="permission"
            name="permission"
            type="file"
            required
            accept="application/pdf,image/png,image/jpeg"
            aria-describedby="permission-hint"
          />
        </div>
        <button className="button" type="submit">
          {t.submit}
        </button>
      </form>
    </>
  );
}
