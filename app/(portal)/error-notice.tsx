/** A portal error in the visitor's language, announced to screen readers. */
export function ErrorNotice({ code, messages }: { code?: string; messages: Record<string, string> }) {
  if (!code) return null;
  return (
    <p className="alert" role="alert">
      {messages[code] ?? messages.generic}
    </p>
  );
}
