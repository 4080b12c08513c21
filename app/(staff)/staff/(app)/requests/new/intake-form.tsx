"use client";

import { useState } from "react";
import { ActionForm } from "../../components/action-form";
import { CorrectionRows } from "./correction-rows";
import { IdentityCheckFields } from "../../components/identity-check-fields";
import { useStaffMessages } from "../../components/staff-locale";
import { createRequestAction } from "./actions";
import { NativeInputEcho } from "../../components/native-input-echo";
import { echoId } from "../../components/echo-id";
import { instantOfWallTime } from "@/lib/domain/deadline/local-date";
import { fill } from "@/lib/i18n/fill";

export function IntakeForm({
  types,
  jurisdictions,
  defaultJurisdiction,
  timeZone,
  notGranted,
}: {
  types: string[];
  /** Every residence, named with its law ("Germany — GDPR"). */
  jurisdictions: { code: string; label: string }[];
  defaultJurisdiction: string;
  /** The controller's zone, in which every staff screen shows times: the receipt time is read in it too. */
  timeZone: string;
  /** Per residence code, its law's name and the request types it does not grant: recorded anyway, with a warning. */
  notGranted: Record<string, { law: string; types: string[] }>;
}) {
  const [type, setType] = useState("access");
  const [jurisdiction, setJurisdiction] = useState(defaultJurisdiction);
  const all = useStaffMessages();
  const w = all.intake;
  const [receivedLocal, setReceivedLocal] = useState("");
  return (
    <ActionForm
      action={createRequestAction}
      submitLabel={w.create}
      pendingLabel={w.creating}
      className="form"
      label={w.label}
    >
      <div className="compact-field">
        <label htmlFor="channel">{w.channel}</label>
        <select id="channel" name="channel" required defaultValue="phone">
          <option value="phone">{w.channels.phone}</option>
          <option value="letter">{w.channels.letter}</option>
          <option value="email">{w.channels.email}</option>
        </select>
      </div>
      <div className="compact-field">
        <label htmlFor="receivedAt-local">{fill(w.receivedAt, { zone: timeZone })}</label>
        <input
          id="receivedAt-local"
          type="datetime-local"
          required
          value={receivedLocal}
          onChange={(e) => setReceivedLocal(e.target.value)}
          aria-describedby={echoId("receivedAt-local")}
        />
        <NativeInputEcho inputId="receivedAt-local" kind="datetime" timeZone={timeZone} />
        {/* The server gets an unambiguous instant, whatever zone the staff member's browser is in. */}
        <input
          type="hidden"
          name="receivedAt"
          value={instantOfWallTime(receivedLocal, timeZone)?.toISOString() ?? ""}
        />
      </div>
      <div className="compact-field">
        <label htmlFor="type">{w.type}</label>
        <select id="type" name="type" value={type} onChange={(e) => setType(e.target.value)}>
          {types.map((t) => (
            <option key={t} value={t}>
              {all.types[t as keyof typeof all.types] ?? t}
            </option>
          ))}
        </select>
      </div>
      <div className="compact-field">
        <label htmlFor="fullName">{w.fullName}</label>
        <input id="fullName" name="fullName" type="text" required maxLength={200} />
      </div>
      <div className="compact-field">
        <label htmlFor="email">{w.email}</label>
        <input id="email" name="email" type="email" required maxLength={254} />
      </div>
      <div className="compact-field">
        <label htmlFor="locale">{w.locale}</label>
        <select id="locale" name="locale" defaultValue="fr">
          <option value="fr">{w.locales.fr}</option>
          <option value="en">{w.locales.en}</option>
        </select>
      </div>
      <div className="compact-field">
        <label htmlFor="jurisdiction">{w.jurisdiction}</label>
        <select
          id="jurisdiction"
          name="jurisdiction"
          value={jurisdiction}
          onChange={(e) => setJurisdiction(e.target.value)}
          aria-describedby={notGranted[jurisdiction]?.types.includes(type) ? "intake-not-granted" : undefined}
        >
          {jurisdictions.map((j) => (
            <option key={j.code} value={j.code}>
              {j.label}
            </option>
          ))}
        </select>
      </div>
      {notGranted[jurisdiction]?.types.includes(type) ? (
        <p id="intake-not-granted" className="caution" role="status" data-testid="intake-right-not-granted">
          {w.notGranted.replace("{place}", `${jurisdiction} (${notGranted[jurisdiction]!.law})`)}
        </p>
      ) : null}
      <div className="compact-field">
        <label htmlFor="accountReference">{w.account}</label>
        <input id="accountReference" name="accountReference" type="text" maxLength={200} />
      </div>
      {type === "rectification" ? <CorrectionRows /> : null}
      {type === "restriction" ? (
        <div className="compact-field">
          <label htmlFor="restrictionGround">{w.ground}</label>
          <select id="restrictionGround" name="restrictionGround" required>
            <option value="accuracy_contested">{w.grounds.accuracy_contested}</option>
            <option value="unlawful_processing">{w.grounds.unlawful_processing}</option>
            <option value="legal_claims">{w.grounds.legal_claims}</option>
            <option value="objection_pending">{w.grounds.objection_pending}</option>
          </select>
        </div>
      ) : null}
      {type === "objection" ? (
        <div className="compact-field">
          <label htmlFor="objectionScope">{w.scope}</label>
          <select id="objectionScope" name="objectionScope" required>
            <option value="direct_marketing">{w.scopes.direct_marketing}</option>
            <option value="other">{w.scopes.other}</option>
          </select>
        </div>
      ) : null}
      <div className="compact-field">
        {/* The decision questioned is a profiling question's subject: required (intake-schema.ts). */}
        <label htmlFor="details">{type === "question_profiling" ? w.profilingDetails : w.details}</label>
        <textarea id="details" name="details" maxLength={5000} required={type === "question_profiling"} />
      </div>
      <fieldset>
        <legend>{w.identity}</legend>
        <p className="muted">{w.identityHelp}</p>
        <IdentityCheckFields idPrefix="intake-identity" />
      </fieldset>
    </ActionForm>
  );
}
