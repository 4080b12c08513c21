import type { ReactNode } from "react";

/** The webhook screens' tables (endpoints, delivery log): a labelled table that scrolls sideways on a phone. */
export function WebhookTable(p: { label: string; columns: string[]; wide?: boolean; children: ReactNode }) {
  return (
    <div className="integrations-scroll">
      <table className={p.wide ? "queue wide" : "queue wrap-cells"} aria-label={p.label}>
        <thead>
          <tr>
            {p.columns.map((c) => (
              <th key={c} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{p.children}</tbody>
      </table>
    </div>
  );
}
