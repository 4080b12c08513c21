import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  DETAIL_PARAM_LABELS_EN,
  ERROR_DETAILS,
  detail,
  placeholdersOf,
  type ErrorDetailKey,
} from "@/lib/domain/error-details";
import { DomainError } from "@/lib/domain/errors";
import { STATUS_LABELS } from "@/lib/domain/lifecycle/helpers";
import { RULES } from "@/lib/domain/lifecycle/rules";
import { toSafeError } from "@/lib/http/error-boundary";
import { toFailure } from "@/lib/http/staff-action";
import { ERROR_DETAILS_FR, errorDetailText } from "./error-details-fr";
import { localiseFieldReason } from "./field-reasons";

const ROOTS = ["lib", "app/(staff)", "app/api/staff"];
// Never on a staff screen: the portal's subject-facing errors (their own catalogue, lib/i18n/messages*),
// the REST API, webhook and DRP callbacks, sign-in (before a session has a language), the dev mailbox.
const NOT_STAFF =
  /(\.test\.tsx?$|\/portal\/|lib\/i18n\/|lib\/requests\/subject\/|lib\/requests\/verification\/(resend|verify)|file-appeal\.ts|complain-as-subject\.ts|lib\/requests\/api\/|lib\/http\/(idempotency|api-key-route|read-json|same-origin)\.ts|accept-webhook-callback|webhooks\/api\.ts|intake-prelude|intake-limits|submit-request|file-as-agent|lib\/auth\/totp-enrolment\.ts|admin\/queues)/;
// Sites whose message is already in the member's language or never reaches a staff form ("file: call").
const ALLOWED = [
  // The upload action words its two refusals from the staff catalogue itself.
  /requests\/import\/actions\.ts: /,
  // The background import records a row's problem in the import's report, not in a form's answer.
  /requests\/import\/imports\.ts: .*`row \$\{current\}/,
  // An API key's own authentication and rate limit: answered to API callers only.
  /lib\/auth\/api-keys\.ts: new DomainError\(( "rate_limited", `This key may make| ?"unauthenticated", message)/,
];

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) return sources(p);
    return /\.tsx?$/.test(p) && !NOT_STAFF.test(p) ? [p] : [];
  });
}

/** A detail call, a caught error's detail, or a condition choosing between details (no words of its own). */
function namesDetail(arg: string): boolean {
  if (/^\w+\.detail\b/.test(arg) || /^(detail|errorDetail)\(/.test(arg)) return true;
  if (!/\b(detail|errorDetail)\(/.test(arg)) return false;
  const rest = arg.replace(/\b(detail|errorDetail)\((?:[^()]|\([^()]*\))*\)/g, "").replace(/[!=]==?\s*"[^"]*"/g, "");
  return !/["`]/.test(rest);
}

/** `new DomainError(code, X` and the lifecycle's `fail(code, X`, where X is not a catalogue detail. */
function untranslatedSites(): string[] {
  const out: string[] = [];
  const call = /\b(new DomainError|fail)\(\s*([^,()]+),\s*([^,;]+)/g;
  for (const file of ROOTS.flatMap(sources)) {
    const text = readFileSync(file, "utf8");
    const isLifecycle = file.includes("lib/domain/lifecycle/");
    for (const m of text.matchAll(call)) {
      if (m[1] === "fail" && !isLifecycle) continue;
      const arg = m[3]!.trim();
      if (namesDetail(arg)) continue;
      if (file.endsWith("lib/domain/errors.ts") || file.endsWith("lib/domain/lifecycle/helpers.ts")) continue;
      const site = `${file}: ${m[0].replace(/\s+/g, " ")}`;
      if (!ALLOWED.some((re) => re.test(site))) out.push(site);
    }
  }
  return out;
}

/** Field reasons written in a staff-reachable DomainError's fields (`{ field: "reason" }`), samples filled in. */
function domainErrorFieldReasons(): string[] {
  const out = new Set<string>();
  for (const file of ROOTS.flatMap(sources)) {
    const text = readFileSync(file, "utf8");
    for (const m of text.matchAll(/new DomainError\([^;]*?\{([^{}]*)\}/gs))
      for (const r of m[1]!.matchAll(/:\s*(?:"([a-z][^"]*)"|`([a-z][^`]*)`)/g))
        out.add((r[1] ?? r[2]!).replace(/\$\{[^}]+\}/g, (v) => (/date|Date|today/.test(v) ? "2026-12-01" : "5")));
  }
  return [...out];
}

const keys = Object.keys(ERROR_DETAILS) as ErrorDetailKey[];

describe("refusal details for French-speaking staff", () => {
  it("every DomainError a staff screen can show names a catalogue detail (so it has its French)", () => {
    expect(untranslatedSites()).toEqual([]);
  });

  it("every field reason of those DomainErrors has its French too", () => {
    const reasons = domainErrorFieldReasons();
    expect(reasons.length).toBeGreaterThan(10);
    expect(reasons.filter((r) => localiseFieldReason(r, "fr") === r)).toEqual([]);
    expect(localiseFieldReason("must be after 2026-12-01", "fr")).toBe("doit être postérieure au 2026-12-01");
  });

  it("every detail has a French sentence with the same placeholders, and it is not the English", () => {
    expect(keys.length).toBeGreaterThan(100);
    for (const key of keys) {
      const fr = ERROR_DETAILS_FR[key];
      expect(fr, key).toBeTruthy();
      expect(placeholdersOf(fr), key).toEqual(placeholdersOf(ERROR_DETAILS[key]));
      expect(fr, key).not.toBe(ERROR_DETAILS[key]);
    }
  });

  it("the English parameter words are the lifecycle's own", () => {
    for (const [type, rule] of Object.entries(RULES))
      expect(DETAIL_PARAM_LABELS_EN.action[type as never]).toBe(rule.label);
    expect(DETAIL_PARAM_LABELS_EN.status).toEqual(STATUS_LABELS);
  });

  it("interpolates references, names and codes into the French sentence", () => {
    const wrongStatus = detail("lifecycle.wrong_status", { action: "complete", status: "in_review" });
    expect(errorDetailText(wrongStatus, "fr", "")).toBe(
      "Impossible de clôturer cette demande tant que la demande est en relecture.",
    );
    expect(errorDetailText(wrongStatus, "en", "")).toBe(
      "You cannot complete this request while the request is in review.",
    );
    const file = detail("requests.file_empty", { file: "scan-DSR-2026-000123.pdf" });
    expect(errorDetailText(file, "fr", "")).toBe("Le fichier scan-DSR-2026-000123.pdf est vide.");
    const step = detail("fulfilment.step_not_waiting_for_result", { taskStatus: "succeeded" });
    expect(errorDetailText(step, "fr", "")).toBe("Cette étape est réussie, elle n’attend pas de résultat.");
  });

  it("falls back to the English message when an error has no detail key (never blank)", () => {
    expect(errorDetailText(undefined, "fr", "The body is not valid JSON.")).toBe("The body is not valid JSON.");
  });
});

describe("the wrappers carry the key beside the unchanged English message", () => {
  it("the REST API's message stays the English sentence it was", () => {
    const err = new DomainError("conflict", detail("requests.appeal_already_decided"), { appeal: "decided" });
    expect(err.message).toBe("This appeal is already decided.");
    const safe = toSafeError(err, "test");
    expect(safe).toMatchObject({ status: 409, code: "conflict", message: "This appeal is already decided." });
    const wrong = new DomainError(
      "invalid_transition",
      detail("lifecycle.wrong_status", { action: "refuse", status: "completed" }),
    );
    expect(wrong.message).toBe("You cannot refuse this request while the request is completed.");
  });

  it("a staff action's failure holds the key and its parameters", () => {
    const err = new DomainError("invalid_request", detail("requests.file_too_large", { file: "a.pdf" }));
    expect(toFailure(err, "test")).toEqual({
      ok: false,
      code: "invalid_request",
      message: "The file a.pdf is too large.",
      detail: { key: "requests.file_too_large", params: { file: "a.pdf" } },
    });
  });
});
