import { regimeForResidence } from "@/lib/domain/deadline";
import { detail } from "@/lib/domain/error-details";
import { DomainError } from "@/lib/domain/errors";
import { OPT_OUT_DEFAULT_JURISDICTION } from "@/lib/domain/opt-out-eligibility";
import { grantedAtResidence, regimeGrants } from "@/lib/domain/rights";
import { isOptOutType, REQUEST_TYPES, STAFF_INTAKE_CHANNELS, type Channel } from "@/lib/domain/vocabulary";
import { env } from "@/lib/env";
import { intakeSchema, type IntakeInput } from "./intake-schema";

/** An intake body that passed every check made before anything is drawn or written. */
export type ValidIntake = {
  input: IntakeInput;
  optOut: boolean;
  jurisdiction: string;
  /** Whether the law of the residence grants the right asked (false only for a request staff recorded anyway). */
  granted: boolean;
};

/**
 * A letter, a call or an e-mail asking for a right the person's law does not give is still a request that reached
 * the company: staff record it (Art. 5(2) accountability; the CCPA's § 7101 record names "the basis for any
 * denial") and answer it, voluntarily or with the refusal ground `right_not_granted` (refusal-grounds.ts). The
 * opt-outs are the exception: they are executed at intake without verification, which only their law justifies.
 */
export function recordsUngrantedRights(channel: Channel): boolean {
  return (STAFF_INTAKE_CHANNELS as readonly string[]).includes(channel);
}

/** The 422 of a right the residence's law does not grant, naming the field `type` (API, portal, agents). */
export function rightNotGranted(type: string, jurisdiction: string): DomainError {
  const regime = regimeForResidence(jurisdiction);
  const law = regime ?? "no supported law";
  // The request types the caller could file instead, so an integrator can correct the call without the docs.
  const granted = regime ? REQUEST_TYPES.filter((t) => regimeGrants(regime, t)) : [];
  return new DomainError(
    "right_not_granted",
    detail("requests.right_not_granted", { residence: jurisdiction, law, right: type }),
    { type: `is not a right under the law of ${jurisdiction} (${law}); it grants: ${granted.join(", ") || "none"}` },
  );
}

/**
 * The intake's body judged in memory, before any reference is drawn: the schema (ZodError: 400 with each
 * field) and whether the law of the place of residence grants the right (grantedAtResidence; DomainError 422
 * `right_not_granted` on the field `type`, except on the staff channels, which record it: recordsUngrantedRights).
 */
export function validIntake(rawInput: unknown, channel: Channel): ValidIntake {
  const input = intakeSchema.parse(rawInput);
  const optOut = isOptOutType(input.type);
  const jurisdiction = input.jurisdiction ?? (optOut ? OPT_OUT_DEFAULT_JURISDICTION : env().DEFAULT_JURISDICTION);
  const granted = grantedAtResidence(jurisdiction, input.type);
  if (!granted && (optOut || !recordsUngrantedRights(channel))) throw rightNotGranted(input.type, jurisdiction);
  return { input, optOut, jurisdiction, granted };
}
