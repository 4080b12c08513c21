import type { ReactNode } from "react";

/**
 * A register on an admin page (API keys, DRP agents): its heading, a note when it is empty, else a
 * table labelled by the heading, one header cell per column, that scrolls sideways inside its own box.
 */
export function RegisterTable(p: {
  title: string;
  none: string;
  columns: Record<string, string>;
  empty: boolean;
  children: ReactNode;
}) {
  return (
    <>
      <h2>{p.title}</h2>
      {p.empty ? (
        <p className="muted">{p.none}</p>
      ) : (
        <div className="table-scroll">
          <table className="queue api-keys" aria-label={p.title}>
            <thead>
              <tr>
                {Object.values(p.columns).map((c) => (
                  <th key={c} scope="col">
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>{p.children}</tbody>
          </table>
        </div>
      )}
    </>
  );
}
