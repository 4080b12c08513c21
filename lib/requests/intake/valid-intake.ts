import { regimeForResidence } from "@/lib/domain/deadline";
import { detail } from "@/lib/domain/error-details";
import { DomainError } from "@/lib/domain/errors";
import { OPT_OUT_DEFAULT_JURISDICTION, optOutTypesFor } from "@/lib/domain/opt-out-eligibility";
import { isOptOutType, type OptOutType } from "@/lib/domain/vocabulary";
import { env } from "@/lib/env";
import { intakeSchema, type IntakeInput } from "./intake-schema";

/** An intake body that passed every check made before anything is drawn or written. */
export type ValidIntake = { input: IntakeInput; optOut: boolean; jurisdiction: string };

/**
 * The intake's body judged in memory, before any reference is drawn: the schema (ZodError: 400 with each
 * field) and, for an opt-out, whether the law of the place of residence offers it (DomainError: 400).
 */
export function validIntake(rawInput: unknown): ValidIntake {
  const input = intakeSchema.parse(rawInput);
  const optOut = isOptOutType(input.type);
  const jurisdiction = input.jurisdiction ?? (optOut ? OPT_OUT_DEFAULT_JURISDICTION : env().DEFAULT_JURISDICTION);
  if (optOut && !optOutTypesFor(regimeForResidence(jurisdiction)).includes(input.type as OptOutType))
    throw new DomainError("invalid_request", detail("requests.opt_out_not_offered"), {
      jurisdiction: "this right is not offered under the law of this place of residence",
    });
  return { input, optOut, jurisdiction };
}
