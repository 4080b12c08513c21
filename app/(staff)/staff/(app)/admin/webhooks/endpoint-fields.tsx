import { WEBHOOK_EVENTS } from "@/lib/domain/webhook-events";
import { lookup, type StaffMessages } from "@/lib/i18n/staff";

/** An endpoint's fields, for the registration form and the edit form (prefilled with `value`). */
export function EndpointFields(p: {
  t: StaffMessages["webhooks"];
  idPrefix: string;
  value?: { url: string; description: string; events: string[]; includeSubject: boolean };
}) {
  const { t, idPrefix, value } = p;
  return (
    <>
      <div className="field">
        <label htmlFor={`${idPrefix}-url`}>{t.url}</label>
        <input
          id={`${idPrefix}-url`}
          name="url"
          type="url"
          required
          maxLength={2000}
          placeholder="https://"
          defaultValue={value?.url}
        />
      </div>
      <div className="field">
        <label htmlFor={`${idPrefix}-description`}>{t.description}</label>
        <input
          id={`${idPrefix}-description`}
          name="description"
          type="text"
          maxLength={200}
          defaultValue={value?.description}
        />
      </div>
      <fieldset>
        <legend>{t.events}</legend>
        {WEBHOOK_EVENTS.map((e) => (
          <label key={e} className="check">
            <input
              type="checkbox"
              name="events"
              value={e}
              defaultChecked={value ? value.events.includes(e) : e !== "request.appealed"}
            />{" "}
            {lookup(t.eventNames, e)} <code>{e}</code>
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label className="check long">
          <input type="checkbox" name="includeSubject" defaultChecked={value?.includeSubject ?? false} />
          <span>{t.includeSubject}</span>
        </label>
        <p className="hint">{t.includeSubjectHint}</p>
      </div>
    </>
  );
}
