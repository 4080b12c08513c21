import Link from "next/link";
import { notFound } from "next/navigation";
import { db } from "@/lib/db/client";
import { findDevMail, listDevMail } from "@/lib/db/queries/dev-mail";
import { env } from "@/lib/env";

const UUID = /^[0-9a-f-]{36}$/i;

/** The embedded SMTP sink's inbox, for development and tests; 404 when a real SMTP_URL is configured. */
export default async function DevMailbox({ searchParams }: { searchParams: Promise<{ id?: string; to?: string }> }) {
  if (!env().DEV_MAILBOX_ENABLED) notFound();
  const { id, to } = await searchParams;
  const [messages, selected] = await Promise.all([
    listDevMail(db(), { to: to || undefined, limit: 100 }),
    id && UUID.test(id) ? findDevMail(db(), { id }) : Promise.resolve(null),
  ]);
  return (
    <main className="container">
      <h1>Dev mailbox</h1>
      <p className="muted">Every message sent through the embedded SMTP sink. Newest first.</p>
      <form method="get" style={{ marginBottom: "1rem" }}>
        <label htmlFor="to">Recipient </label>
        <input id="to" name="to" type="email" defaultValue={to ?? ""} />{" "}
        <button className="button" type="submit">
          Filter
        </button>
      </form>
      {selected ? (
        <article className="card" aria-label="Selected message" style={{ marginBottom: "1rem" }}>
          <h2>{selected.subject}</h2>
          <p className="muted">
            To {selected.recipients.join(", ")} · from {selected.fromAddress} · {selected.receivedAt.toISOString()}
          </p>
          <pre className="mail">{selected.text}</pre>
          {selected.html ? (
            <iframe
              title="HTML version"
              sandbox=""
              srcDoc={selected.html}
              style={{ width: "100%", height: 400, border: "1px solid #d1d5db" }}
            />
          ) : null}
        </article>
      ) : null}
      {messages.length === 0 ? (
        <p className="empty">No messages yet.</p>
      ) : (
        <table className="list">
          <thead>
            <tr>
              <th scope="col">Received</th>
              <th scope="col">To</th>
              <th scope="col">Subject</th>
            </tr>
          </thead>
          <tbody>
            {messages.map((m) => (
              <tr key={m.id}>
                <td>{m.receivedAt.toISOString().replace("T", " ").slice(0, 19)}</td>
                <td>{m.recipients.join(", ")}</td>
                <td>
                  <Link href={`/dev/mailbox?id=${m.id}${to ? `&to=${encodeURIComponent(to)}` : ""}`}>
                    {m.subject || "(no subject)"}
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </main>
  );
}
