"use client";

import { IDENTITY_CHECK_METHODS } from "@/lib/domain/vocabulary";
import { useStaffMessages } from "./staff-locale";

/** How the identity was checked: a method from the list and a note (recorded in the audit log). */
export function IdentityCheckFields({ required, idPrefix = "identity" }: { required?: boolean; idPrefix?: string }) {
  const t = useStaffMessages().identity;
  return (
    <>
      <div className="compact-field">
        <label htmlFor={`${idPrefix}-method`}>{t.how}</label>
        <select id={`${idPrefix}-method`} name="identityMethod" required={required} defaultValue="">
          <option value="">{required ? t.choose : t.notChecked}</option>
          {IDENTITY_CHECK_METHODS.map((m) => (
            <option key={m} value={m}>
              {t.methods[m]}
            </option>
          ))}
        </select>
      </div>
      <div className="compact-field">
        <label htmlFor={`${idPrefix}-note`}>{t.note}</label>
        <textarea id={`${idPrefix}-note`} name="identityNote" maxLength={1000} />
      </div>
    </>
  );
}
