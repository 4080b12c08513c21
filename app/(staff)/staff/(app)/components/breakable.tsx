import { Fragment } from "react";

/**
 * An e-mail address or other dotted token with line-break opportunities after "@" and each ".", so a
 * narrow column wraps it at a natural point ("noah.david@" / "example.com") instead of mid-word.
 */
export function Breakable({ text }: { text: string }) {
  const parts = text.split(/(?<=[@.])/);
  return (
    <>
      {parts.map((part, i) => (
        <Fragment key={i}>
          {i > 0 ? <wbr /> : null}
          {part}
        </Fragment>
      ))}
    </>
  );
}
