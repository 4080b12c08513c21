import { fill } from "@/lib/i18n/fill";
import type { DataPointMessages } from "@/lib/i18n/messages/data-points";

const FIELDS = [
  { name: "lastName", autoComplete: "family-name", maxLength: 200 },
  { name: "phone", autoComplete: "tel", maxLength: 50 },
  { name: "postcode", autoComplete: "postal-code", maxLength: 20 },
  { name: "orderNumber", autoComplete: "off", maxLength: 50 },
] as const;

/**
 * California's identity questions (11 CCR § 7062): `count` data points (3 for specific pieces, 2 for
 * categories or deletion), optional on the form, matched after filing (lib/requests/verification); for specific
 * pieces, the signed declaration under penalty of perjury of § 7062(c).
 */
export function DataPointsFields(p: { t: DataPointMessages; count: number; values: Record<string, string> }) {
  return (
    <fieldset className="field" id="data-points" aria-describedby="data-points-hint">
      <legend>{p.t.legend}</legend>
      <p id="data-points-hint" className="hint">
        {fill(p.t.hint, { count: p.count })}
      </p>
      {FIELDS.map((f) => (
        <div className="field" key={f.name}>
          <label htmlFor={`dp-${f.name}`}>{p.t[f.name]}</label>
          <input
            id={`dp-${f.name}`}
            name={`dp-${f.name}`}
            type="text"
            autoComplete={f.autoComplete}
            maxLength={f.maxLength}
            defaultValue={p.values[`dp-${f.name}`] ?? ""}
          />
        </div>
      ))}
      {p.count >= 3 ? (
        // 11 CCR § 7062(c): specific pieces also need a declaration under penalty of perjury, signed.
        <div className="field checkbox">
          <label className="choice" htmlFor="dp-declaration">
            <input
              id="dp-declaration"
              name="dp-declaration"
              type="checkbox"
              value="yes"
              defaultChecked={p.values["dp-declaration"] === "yes"}
              aria-describedby="dp-declaration-hint"
            />{" "}
            <span>{p.t.declaration}</span>
          </label>
          <p id="dp-declaration-hint" className="hint">
            {p.t.declarationHint}
          </p>
        </div>
      ) : null}
    </fieldset>
  );
}
