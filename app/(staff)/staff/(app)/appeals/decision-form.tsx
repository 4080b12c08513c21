"use client";

import { useState } from "react";
import type { ActionResult } from "@/lib/http/staff-action";
import { fill } from "@/lib/i18n/fill";
import { ActionForm } from "../components/action-form";
import { announce } from "../components/announcer";
import { decideAppealAction } from "./actions";

export interface DecisionWords {
  decide: string;
  decision: string;
  granted: string;
  denied: string;
  reason: string;
  submit: string;
  confirmDenied: string;
  confirmGranted: string;
  yesDenied: string;
  yesGranted: string;
  recorded: string;
  already: string;
}

type Decision = "denied" | "granted";

/**
 * One appeal's decision: chosen, reasoned, then confirmed — the question names the outcome chosen, since
 * neither can be taken back (the person is mailed at once). The row leaves the list once decided, so the
 * outcome is announced in the page's live region.
 */
export function AppealDecisionForm(p: { appealId: string; requestId: string; reference: string; w: DecisionWords }) {
  const { w } = p;
  const [decision, setDecision] = useState<Decision>("denied");
  const onResult = (r: ActionResult) => {
    if (r.ok)
      announce(fill((r.value as { decided?: boolean }).decided ? w.recorded : w.already, { reference: p.reference }));
  };
  return (
    <ActionForm
      action={decideAppealAction}
      submitLabel={w.submit}
      confirm={fill(decision === "denied" ? w.confirmDenied : w.confirmGranted, { reference: p.reference })}
      confirmLabel={decision === "denied" ? w.yesDenied : w.yesGranted}
      onResult={onResult}
      // Each row's form is a landmark: named after its request, so that the names are unique (axe).
      label={`${w.decide} — ${p.reference}`}
    >
      <input type="hidden" name="requestId" value={p.requestId} />
      <div className="compact-field">
        <label htmlFor={`decision-${p.appealId}`}>{w.decision}</label>
        <select
          id={`decision-${p.appealId}`}
          name="decision"
          value={decision}
          onChange={(e) => setDecision(e.target.value === "granted" ? "granted" : "denied")}
        >
          <option value="denied">{w.denied}</option>
          <option value="granted">{w.granted}</option>
        </select>
      </div>
      <div className="compact-field">
        <label htmlFor={`reason-${p.appealId}`}>{w.reason}</label>
        <textarea id={`reason-${p.appealId}`} name="reason" required minLength={10} maxLength={5000} />
      </div>
    </ActionForm>
  );
}
