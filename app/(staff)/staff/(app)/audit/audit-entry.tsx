import { StaffLink } from "@/app/(staff)/staff/(app)/components/staff-link";
import type { Locale } from "@/lib/domain/locale";
import { fill } from "@/lib/i18n/fill";
import { staffMessages } from "@/lib/i18n/staff";
import {
  auditFields,
  auditSentence,
  auditTarget,
  type AuditEntryLike,
  type AuditField,
  type AuditNames,
} from "@/lib/i18n/staff/audit-sentence";

function Fields({ fields }: { fields: AuditField[] }) {
  return (
    <dl className="audit-fields">
      {fields.map((f, i) => (
        <div key={i}>
          <dt>{f.label}</dt>
          <dd>{"value" in f ? f.value : <Fields fields={f.fields} />}</dd>
        </div>
      ))}
    </dl>
  );
}

/** One entry: when, the sentence (its request's reference a link to it), and its details folded. */
export function AuditEntry(p: {
  entry: AuditEntryLike & { seq: number };
  names: AuditNames;
  locale: Locale | undefined;
  time: string;
}) {
  const w = staffMessages(p.locale).auditLog;
  const sentence = auditSentence(p.entry, p.names, p.locale);
  const reference = p.entry.requestId ? p.names.references.get(p.entry.requestId) : undefined;
  const target = auditTarget(p.entry, p.names);
  // The reference in the sentence opens the request.
  const cut = reference && target === reference ? sentence.indexOf(reference) : -1;
  const fields = auditFields(p.entry, p.names, p.locale);
  return (
    <li className="audit-entry" data-action={p.entry.action} data-seq={p.entry.seq}>
      <div className="audit-meta">
        <time>{p.time}</time> · <span>{fill(w.entryNumber, { seq: p.entry.seq })}</span>
      </div>
      <p className="audit-sentence">
        {cut >= 0 ? (
          <>
            {sentence.slice(0, cut)}
            <StaffLink href={`/staff/requests/${p.entry.requestId}`} className="ref">
              {reference}
            </StaffLink>
            {sentence.slice(cut + reference!.length)}
          </>
        ) : (
          sentence
        )}
      </p>
      <details className="audit-details">
        <summary>{w.details}</summary>
        {fields.length ? <Fields fields={fields} /> : <p className="muted small">{w.noDetails}</p>}
      </details>
    </li>
  );
}
