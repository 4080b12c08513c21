/**
 * The error as stored on the step, audited and logged: quoted fragments are cut out, because
 * database and connector errors quote the offending value (`invalid input syntax for type date: "…"`),
 * which may be the subject's data.
 */
export const errorText = (err: unknown) =>
  (err instanceof Error ? err.message : String(err))
    .replace(/"[^"]*"/g, '"…"')
    .replace(/'[^']*'/g, "'…'")
    .slice(0, 2000);
