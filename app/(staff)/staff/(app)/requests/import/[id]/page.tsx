import { StaffLink } from "@/app/(staff)/staff/(app)/components/staff-link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { controllerProfile } from "@/lib/env";
import { requireStaffPage } from "@/lib/http/staff-page";
import { fill } from "@/lib/i18n/fill";
import { lookup, staffMessages } from "@/lib/i18n/staff";
import { findImport } from "@/lib/requests/import/imports";
import { errorDetailText } from "@/lib/i18n/staff/error-details-fr";
import { localiseFieldReason } from "@/lib/i18n/staff/field-reasons";
import type { StaffMessages } from "@/lib/i18n/staff";
import type { ErrorDetail } from "@/lib/domain/error-details";
import { toLocale, type Locale } from "@/lib/domain/locale";
import { ActionForm } from "../../../components/action-form";
import "../../../components/integrations.css";
import { AutoRefresh } from "../../../dashboard/auto-refresh";
import { startImportAction } from "../actions";
import { staffTitle } from "@/lib/http/staff-title";
import { UngrantedRowsPanel } from "./ungranted-rows-panel";

export const generateMetadata = staffTitle("importPreview");

/**
 * One import: the per-row problems (nothing written), or the masked preview and the confirm button;
 * once started, its progress (the page refreshes itself while the job runs) and its outcome.
 */
export default async function ImportPreviewPage({ params }: { params: Promise<{ id: string }> }) {
  const me = await requireStaffPage("request.create");
  const words = staffMessages(me.locale);
  const t = words.imports;
  const id = z.uuid().safeParse((await params).id);
  if (!id.success) notFound();
  const imp = await findImport({ importId: id.data, staffId: me.id });
  if (!imp) notFound();
  const busy = imp.status === "queued" || imp.status === "running";
  return (
    <>
      <h1>{fill(t.fileTitle, { file: imp.fileName })}</h1>
      <p>
        <strong data-testid="import-status">{lookup(t.statuses, imp.status)}</strong> · {fill(t.rows, { n: imp.total })}
      </p>
      {busy ? (
        <section className="panel" aria-live="polite">
          <progress className="import-progress" max={Math.max(imp.total, 1)} value={imp.processed} />
          <p>{fill(t.progress, { done: imp.processed, total: imp.total })}</p>
          <AutoRefresh
            seconds={2}
            generatedAt={new Date().toISOString()}
            locale={me.locale}
            template={t.refresh}
            timeZone={controllerProfile().timeZone}
          />
        </section>
      ) : null}
      {imp.status === "done" ? (
        <p role="status">
          {fill(t.doneMessage, { n: imp.processed })} <StaffLink href="/staff/requests">→</StaffLink>
        </p>
      ) : null}
      {imp.status === "failed" ? (
        <p role="alert">
          {imp.failureKind === "stuck"
            ? fill(t.stuckMessage, { n: imp.requeues, error: imp.error ?? "—" })
            : fill(t.failedMessage, { error: failedRowText(imp, words, me.locale) })}
        </p>
      ) : null}
      {imp.errors.length > 0 ? (
        <section className="panel" aria-labelledby="h-problems">
          <h2 id="h-problems">{fill(t.problemsTitle, { n: imp.errors.length })}</h2>
          <p>{t.problemsHint}</p>
          <div className="integrations-scroll">
            <table className="queue" aria-labelledby="h-problems">
              <thead>
                <tr>
                  <th scope="col">{t.problemColumns.row}</th>
                  <th scope="col">{t.problemColumns.column}</th>
                  <th scope="col">{t.problemColumns.reason}</th>
                </tr>
              </thead>
              <tbody>
                {imp.errors.map((e, i) => (
                  <tr key={i} className="problem-row">
                    <td>{e.row === 0 ? t.header : e.row}</td>
                    <td>
                      <code>{e.column}</code>
                    </td>
                    <td>{localiseFieldReason(e.reason, me.locale)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ) : null}
      {imp.status === "previewed" ? (
        <UngrantedRowsPanel warnings={imp.warnings} words={words} locale={toLocale(me.locale)} />
      ) : null}
      {imp.preview.length > 0 ? (
        <section className="panel" aria-labelledby="h-preview">
          <h2 id="h-preview">{t.previewTitle}</h2>
          <div className="integrations-scroll">
            <table className="queue wide" aria-labelledby="h-preview">
              <thead>
                <tr>
                  {(["row", "type", "channel", "receivedAt", "residence", "email", "locale"] as const).map((c) => (
                    <th key={c} scope="col">
                      {t.previewColumns[c]}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {imp.preview.map((r) => (
                  <tr
                    key={String(r.row)}
                    className={imp.errors.some((e) => e.row === r.row) ? "problem-row" : undefined}
                  >
                    {(["row", "type", "channel", "receivedAt", "residence", "email", "locale"] as const).map((c) => (
                      <td key={c}>{previewCell(c, r[c], words)}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ) : null}
      {imp.status === "previewed" ? (
        <section className="panel">
          <p>{fill(t.ready, { n: imp.total })}</p>
          <ActionForm
            action={startImportAction}
            submitLabel={fill(t.confirm, { n: imp.total })}
            pendingLabel={t.importing}
          >
            <input type="hidden" name="importId" value={imp.id} />
          </ActionForm>
        </section>
      ) : null}
      <p>
        <StaffLink href="/staff/requests/import">{t.another}</StaffLink>
      </p>
    </>
  );
}

/**
 * The refused row and why, in the reader's language: the stored detail key (or the refusal code's
 * sentence); the English text only for an import that failed before reasons were stored as keys.
 */
function failedRowText(
  imp: { error: string | null; errorRow: number | null; errorDetail: { code: string; detail?: ErrorDetail } | null },
  words: StaffMessages,
  locale: Locale | undefined,
): string {
  const stored = imp.errorDetail;
  if (!stored || imp.errorRow === null) return imp.error ?? "";
  const english = lookup(words.errors, stored.code, imp.error ?? "");
  const reason = stored.detail ? errorDetailText(stored.detail, locale, english) : english;
  return fill(words.imports.failedRow, { row: imp.errorRow, reason });
}

/** A preview cell: the type and the channel in the reader's words when they are known codes, as typed otherwise. */
function previewCell(column: string, value: string | number | undefined, words: StaffMessages): string {
  const text = String(value ?? "");
  if (column === "type") return lookup(words.types, text);
  if (column === "channel") return lookup(words.channels, text);
  return text;
}
