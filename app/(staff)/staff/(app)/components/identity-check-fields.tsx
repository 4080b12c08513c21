import { IDENTITY_CHECK_LABELS, IDENTITY_CHECK_METHODS } from "@/lib/domain/vocabulary";

/** How the identity was checked: a method from the list and a note (recorded in the audit log). */
export function IdentityCheckFields({ required, idPrefix = "identity" }: { required?: boolean; idPrefix?: string }) {
  return (
    <>
      <div className="compact-field">
        <label htmlFor={`${idPrefix}-method`}>How the identity was checked</label>
        <select id={`${idPrefix}-method`} name="identityMethod" required={required} defaultValue="">
          <option value="">{required ? "Choose…" : "Not checked: send the verification mail"}</option>
          {IDENTITY_CHECK_METHODS.map((m) => (
            <option key={m} value={m}>
              {IDENTITY_CHECK_LABELS[m]}
            </option>
          ))}
        </select>
      </div>
      <div className="compact-field">
        <label htmlFor={`${idPrefix}-note`}>Identity check note (recorded in the audit log)</label>
        <textarea id={`${idPrefix}-note`} name="identityNote" maxLength={1000} />
      </div>
    </>
  );
}
