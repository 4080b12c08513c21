"use client";

import { useState } from "react";
import { API_SCOPES } from "@/lib/auth/api-scopes";
import type { ActionResult } from "@/lib/http/staff-action";
import { fill } from "@/lib/i18n/fill";
import { ActionForm, ActionOutcome } from "../../components/action-form";
import { useStaffMessages } from "../../components/staff-locale";
import { createKeyAction } from "./actions";
import { NativeInputEcho } from "../../components/native-input-echo";
import { echoId } from "../../components/echo-id";

/** The creation form; the new secret is shown here once, after the server answered. */
export function CreateKeyForm({ defaultLimit }: { defaultLimit: number }) {
  const t = useStaffMessages().apiKeys;
  const [result, setResult] = useState<ActionResult | null>(null);
  const created = result?.ok ? (result.value as { secret: string; name: string }) : null;
  return (
    <>
      <ActionForm
        action={createKeyAction as never}
        submitLabel={t.create}
        pendingLabel={t.creating}
        className="api-key-form"
        label={t.createTitle}
        resetOnSuccess
        onResult={setResult}
      >
        <div className="field">
          <label htmlFor="key-name">{t.name}</label>
          <input id="key-name" name="name" type="text" required maxLength={100} placeholder={t.namePlaceholder} />
        </div>
        <fieldset className="field">
          <legend>{t.scopes}</legend>
          {API_SCOPES.map((scope) => (
            <label key={scope} className="checkbox">
              <input type="checkbox" name="scopes" value={scope} />
              <span>
                <code>{scope}</code> <span className="muted">— {t.scopeHelp[scope]}</span>
              </span>
            </label>
          ))}
        </fieldset>
        <div className="field">
          <label htmlFor="key-expiry">{t.expiresOn}</label>
          <input id="key-expiry" name="expiresAt" type="date" aria-describedby={echoId("key-expiry")} />
          <NativeInputEcho inputId="key-expiry" kind="date" />
        </div>
        <div className="field">
          <label htmlFor="key-limit">{fill(t.rateLimit, { n: String(defaultLimit) })}</label>
          <input id="key-limit" name="rateLimitPerMinute" type="number" min={1} max={100000} inputMode="numeric" />
        </div>
      </ActionForm>
      {result && !result.ok ? <ActionOutcome state={result} /> : null}
      {created ? (
        <div className="notice api-key-secret" role="status" data-testid="new-key">
          <p>
            <strong>{t.secretTitle}</strong>
          </p>
          <p>
            <code data-testid="new-key-secret">{created.secret}</code>
          </p>
          <p className="muted">{t.secretHelp}</p>
        </div>
      ) : null}
    </>
  );
}
