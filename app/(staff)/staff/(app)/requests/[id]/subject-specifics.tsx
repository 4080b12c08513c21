import { Fragment } from "react";
import type { Locale } from "@/lib/domain/locale";
import { proposalsOf } from "@/lib/fulfilment/view/rectification";
import { lookup, staffMessages } from "@/lib/i18n/staff";

const KNOWN = new Set(["rectification", "restrictionGround", "objectionScope", "gpc"]);

/** A value the portal stored that no label covers yet, as words (never raw JSON). */
function plain(value: unknown): string {
  if (value === null || value === undefined) return "—";
  if (Array.isArray(value)) return value.map(plain).join(", ");
  if (typeof value === "object")
    return Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => `${k}: ${plain(v)}`)
      .join("; ");
  return String(value);
}

/**
 * The subject's request specifics (what the portal form asked beyond name and e-mail) as labelled
 * fields: the corrections asked for, the ground of a restriction, the scope of an objection, a GPC
 * signal. Rendered inside the subject's <dl>; subject content, shown only where the page shows it.
 */
export function SubjectSpecifics({ specifics, locale }: { specifics: Record<string, unknown>; locale: Locale }) {
  const all = staffMessages(locale);
  const w = all.specifics;
  const proposals = proposalsOf(specifics);
  const other = Object.entries(specifics).filter(([k, v]) => !KNOWN.has(k) && v !== undefined && v !== null);
  return (
    <>
      {proposals.length ? (
        <>
          <dt>{w.rectification}</dt>
          <dd>
            <ul className="specifics" data-testid="specifics-rectification">
              {proposals.map((p, i) => (
                <li key={i}>
                  <strong>{p.field}</strong>
                  <br />
                  <span className="muted">{w.current}:</span> {p.currentValue ?? w.noCurrent}
                  <br />
                  <span className="muted">{w.proposed}:</span> {p.newValue}
                </li>
              ))}
            </ul>
          </dd>
        </>
      ) : null}
      {typeof specifics.restrictionGround === "string" ? (
        <>
          <dt>{w.restrictionGround}</dt>
          <dd>{lookup(all.intake.grounds, specifics.restrictionGround)}</dd>
        </>
      ) : null}
      {typeof specifics.objectionScope === "string" ? (
        <>
          <dt>{w.objectionScope}</dt>
          <dd>{lookup(all.intake.scopes, specifics.objectionScope)}</dd>
        </>
      ) : null}
      {specifics.gpc === true ? (
        <>
          <dt>{w.gpc}</dt>
          <dd>{w.gpcYes}</dd>
        </>
      ) : null}
      {other.map(([k, v]) => (
        <Fragment key={k}>
          <dt>{k.replace(/([a-z])([A-Z])/g, "$1 $2").replace(/_/g, " ")}</dt>
          <dd>{plain(v)}</dd>
        </Fragment>
      ))}
    </>
  );
}
