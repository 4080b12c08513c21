import type { ReplyTemplate } from "@/lib/db/queries/reply-templates";
import { REQUEST_TYPES } from "@/lib/domain/vocabulary";
import type { StaffMessages } from "@/lib/i18n/staff";

/** The fields of a reply template (create and edit forms), ids prefixed so several forms share a page. */
export function TemplateFields({
  prefix,
  template,
  t,
  types,
}: {
  prefix: string;
  template?: ReplyTemplate;
  t: StaffMessages["replyTemplates"];
  types: StaffMessages["types"];
}) {
  return (
    <>
      <div className="compact-field">
        <label htmlFor={`${prefix}-name`}>{t.name}</label>
        <input id={`${prefix}-name`} name="name" required maxLength={120} defaultValue={template?.name} />
      </div>
      <div className="compact-field">
        <label htmlFor={`${prefix}-en`}>{t.bodyEn}</label>
        <textarea id={`${prefix}-en`} name="bodyEn" required maxLength={5000} defaultValue={template?.bodyEn} />
      </div>
      <div className="compact-field">
        <label htmlFor={`${prefix}-fr`}>{t.bodyFr}</label>
        <textarea id={`${prefix}-fr`} name="bodyFr" required maxLength={5000} defaultValue={template?.bodyFr} />
      </div>
      <fieldset className="compact-field">
        <legend>{t.types}</legend>
        {REQUEST_TYPES.map((type) => (
          <label key={type} className="inline-check">
            <input
              type="checkbox"
              name="requestTypes"
              value={type}
              defaultChecked={template?.requestTypes.includes(type)}
            />{" "}
            {types[type]}
          </label>
        ))}
      </fieldset>
    </>
  );
}
