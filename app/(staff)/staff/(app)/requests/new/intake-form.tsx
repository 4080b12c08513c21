"use client";

import { useState } from "react";
import { ActionForm } from "../../components/action-form";
import { IdentityCheckFields } from "../../components/identity-check-fields";
import { createRequestAction } from "./actions";

export function IntakeForm({
  types,
  jurisdictions,
  defaultJurisdiction,
}: {
  types: string[];
  jurisdictions: string[];
  defaultJurisdiction: string;
}) {
  const [type, setType] = useState("access");
  const [receivedLocal, setReceivedLocal] = useState("");
  return (
    <ActionForm
      action={createRequestAction}
      submitLabel="Create request"
      pendingLabel="Creating…"
      className="form"
      label="New request"
    >
      <div className="compact-field">
        <label htmlFor="channel">Channel</label>
        <select id="channel" name="channel" required defaultValue="phone">
          <option value="phone">Phone</option>
          <option value="letter">Letter</option>
          <option value="email">E-mail</option>
        </select>
      </div>
      <div className="compact-field">
        <label htmlFor="receivedAt-local">Received at (your local time)</label>
        <input
          id="receivedAt-local"
          type="datetime-local"
          required
          value={receivedLocal}
          onChange={(e) => setReceivedLocal(e.target.value)}
        />
        {/* The browser knows the staff member's time zone; the server gets an unambiguous instant. */}
        <input type="hidden" name="receivedAt" value={receivedLocal ? new Date(receivedLocal).toISOString() : ""} />
      </div>
      <div className="compact-field">
        <label htmlFor="type">Right exercised</label>
        <select id="type" name="type" value={type} onChange={(e) => setType(e.target.value)}>
          {types.map((t) => (
            <option key={t} value={t}>
              {t}
            </option>
          ))}
        </select>
      </div>
      <div className="compact-field">
        <label htmlFor="fullName">Full name</label>
        <input id="fullName" name="fullName" type="text" required maxLength={200} />
      </div>
      <div className="compact-field">
        <label htmlFor="email">E-mail</label>
        <input id="email" name="email" type="email" required maxLength={254} />
      </div>
      <div className="compact-field">
        <label htmlFor="locale">Language for mails</label>
        <select id="locale" name="locale" defaultValue="fr">
          <option value="fr">French</option>
          <option value="en">English</option>
        </select>
      </div>
      <div className="compact-field">
        <label htmlFor="jurisdiction">Jurisdiction</label>
        <select id="jurisdiction" name="jurisdiction" defaultValue={defaultJurisdiction}>
          {jurisdictions.map((j) => (
            <option key={j} value={j}>
              {j}
            </option>
          ))}
        </select>
      </div>
      <div className="compact-field">
        <label htmlFor="accountReference">Account reference (optional)</label>
        <input id="accountReference" name="accountReference" type="text" maxLength={200} />
      </div>
      {type === "rectification" ? (
        <fieldset>
          <legend>Correction asked for</legend>
          <div className="compact-field">
            <label htmlFor="rectField">Field</label>
            <input id="rectField" name="rectField" type="text" required />
          </div>
          <div className="compact-field">
            <label htmlFor="rectCurrent">Current value (optional)</label>
            <input id="rectCurrent" name="rectCurrent" type="text" />
          </div>
          <div className="compact-field">
            <label htmlFor="rectNew">Correct value</label>
            <input id="rectNew" name="rectNew" type="text" required />
          </div>
        </fieldset>
      ) : null}
      {type === "restriction" ? (
        <div className="compact-field">
          <label htmlFor="restrictionGround">Ground</label>
          <select id="restrictionGround" name="restrictionGround" required>
            <option value="accuracy_contested">Accuracy contested</option>
            <option value="unlawful_processing">Unlawful processing</option>
            <option value="legal_claims">Needed for legal claims</option>
            <option value="objection_pending">Objection pending</option>
          </select>
        </div>
      ) : null}
      {type === "objection" ? (
        <div className="compact-field">
          <label htmlFor="objectionScope">Scope</label>
          <select id="objectionScope" name="objectionScope" required>
            <option value="direct_marketing">Direct marketing</option>
            <option value="other">Other processing</option>
          </select>
        </div>
      ) : null}
      <div className="compact-field">
        <label htmlFor="details">What the subject said (optional)</label>
        <textarea id="details" name="details" maxLength={5000} />
      </div>
      <fieldset>
        <legend>Identity</legend>
        <p className="muted">
          If you checked who the person is, say how: the request is filed verified and acknowledged. Otherwise the
          person gets the verification mail, and has the full time to confirm from when it is sent.
        </p>
        <IdentityCheckFields idPrefix="intake-identity" />
      </fieldset>
    </ActionForm>
  );
}
