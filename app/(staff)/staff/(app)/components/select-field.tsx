/** A labelled filter select with an "any" choice first; the queue's filters are all of this shape. */
export function SelectField(props: {
  id: string;
  name: string;
  label: string;
  value: string;
  anyLabel?: string;
  options: readonly (string | { value: string; label: string })[];
}) {
  return (
    <div className="field">
      <label htmlFor={props.id}>{props.label}</label>
      <select id={props.id} name={props.name} defaultValue={props.value}>
        {props.anyLabel !== undefined ? <option value="">{props.anyLabel}</option> : null}
        {props.options.map((o) => {
          const { value, label } = typeof o === "string" ? { value: o, label: o } : o;
          return (
            <option key={value} value={value}>
              {label}
            </option>
          );
        })}
      </select>
    </div>
  );
}
