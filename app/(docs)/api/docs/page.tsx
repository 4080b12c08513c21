import Link from "next/link";
import { apiReference, REFERENCE_WORDS } from "@/lib/api-docs/reference";
import { browserLocale } from "@/lib/auth/session";
import { toLocale } from "@/lib/domain/locale";
import { appUrl } from "@/lib/env";
import "./docs.css";

export const metadata = { title: "API reference — DSR desk" };

type SP = Record<string, string | string[] | undefined>;

/** The document's texts mark names with backticks: shown as code. */
function Text({ children }: { children: string }) {
  return <>{children.split("`").map((part, i) => (i % 2 ? <code key={i}>{part}</code> : part))}</>;
}

/** The readable reference of the REST API, server-rendered from the OpenAPI document (no script). */
export default async function ApiDocsPage({ searchParams }: { searchParams: Promise<SP> }) {
  const lang = (await searchParams).lang;
  const locale = typeof lang === "string" ? toLocale(lang) : await browserLocale();
  const w = REFERENCE_WORDS[locale];
  const { operations, problems } = apiReference(appUrl());
  return (
    <main className="container api-docs" lang={locale}>
      <p className="lang-switch">
        <Link href="/api/docs?lang=en">English</Link> · <Link href="/api/docs?lang=fr">Français</Link>
      </p>
      <h1>{w.title}</h1>
      <p>
        {w.intro}
        <a href="/api/v1/openapi.json">/api/v1/openapi.json</a> (OpenAPI 3.1).
      </p>
      <p>{w.auth}</p>
      <nav aria-label={w.contents}>
        <h2>{w.contents}</h2>
        <ul>
          {operations.map((op) => (
            <li key={op.id}>
              <a href={`#${op.id}`}>
                <code>
                  {op.method} {op.path}
                </code>
              </a>{" "}
              — {op.summary}
            </li>
          ))}
        </ul>
      </nav>
      {operations.map((op) => (
        <section key={op.id} id={op.id} className="operation" aria-labelledby={`h-${op.id}`}>
          <h2 id={`h-${op.id}`}>
            <span className={`method ${op.method.toLowerCase()}`}>{op.method}</span> <code>{op.path}</code>
          </h2>
          <p>
            <strong>{op.summary}</strong>
          </p>
          <p>
            <Text>{op.description}</Text>
          </p>
          <p>
            {w.scope}: {op.scope ? <code>{op.scope}</code> : <em>{w.noKey}</em>}
          </p>
          {op.fields.length ? (
            <div className="table-scroll">
              <table>
                <caption>{w.fields}</caption>
                <thead>
                  <tr>
                    <th scope="col">{w.field}</th>
                    <th scope="col">{w.where}</th>
                    <th scope="col">{w.required}</th>
                    <th scope="col">{w.type}</th>
                    <th scope="col">{w.description}</th>
                  </tr>
                </thead>
                <tbody>
                  {op.fields.map((f) => (
                    <tr key={`${f.where}-${f.name}`}>
                      <td>
                        <code>{f.name}</code>
                      </td>
                      <td>{f.where}</td>
                      <td>{f.required ? w.yes : w.no}</td>
                      <td>{f.type}</td>
                      <td>
                        <Text>{f.description}</Text>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : null}
          <h3>{w.responses}</h3>
          <ul>
            {op.responses.map((r) => (
              <li key={r.status}>
                <strong>{r.status}</strong> <Text>{r.description}</Text> {r.media ? <code>{r.media}</code> : null}
              </li>
            ))}
          </ul>
          <h3>{w.example}</h3>
          <pre className="example">{op.example}</pre>
        </section>
      ))}
      <section id="problems" aria-labelledby="h-problems">
        <h2 id="h-problems">{w.problems}</h2>
        <p>{w.problemsIntro}</p>
        <table>
          <thead>
            <tr>
              <th scope="col">{w.code}</th>
              <th scope="col">{w.status}</th>
            </tr>
          </thead>
          <tbody>
            {[...problems, ["internal_error", 500] as const].map(([code, status]) => (
              <tr key={code} id={`problem-${code}`}>
                <td>
                  <code>{code}</code>
                </td>
                <td>{status}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </main>
  );
}
