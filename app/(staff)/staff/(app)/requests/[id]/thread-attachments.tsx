import { can } from "@/lib/auth/policy";
import type { StaffSession } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { countAttachments, listAttachments } from "@/lib/db/queries/attachments";
import { fill } from "@/lib/i18n/fill";
import { staffMessages } from "@/lib/i18n/staff";
import { formatStaffInstant } from "../../components/staff-display";

/**
 * The files of the request's thread, each a download (audited) for roles that see subject data; other
 * roles see only how many there are (their names are subject data too).
 */
export async function ThreadAttachments({
  requestId,
  staff,
  timeZone,
}: {
  requestId: string;
  staff: StaffSession;
  timeZone: string;
}) {
  const t = staffMessages(staff.locale).attachments;
  if (!can(staff, "request.view_subject")) {
    const n = await countAttachments(db(), { requestId });
    return n === 0 ? null : (
      <section className="panel" aria-labelledby="h-attachments">
        <h2 id="h-attachments">{t.legend}</h2>
        <p className="muted small">{fill(t.noAccess, { n: String(n) })}</p>
      </section>
    );
  }
  const files = await listAttachments(db(), { requestId });
  if (files.length === 0) return null;
  return (
    <section className="panel" aria-labelledby="h-attachments" data-testid="thread-attachments">
      <h2 id="h-attachments">{t.legend}</h2>
      <ul>
        {files.map((f) => (
          <li key={f.id}>
            <a
              href={`/staff/requests/${requestId}/attachments/${f.id}`}
              download
              aria-label={fill(t.download, { name: f.fileName })}
            >
              {f.fileName}
            </a>{" "}
            <span className="muted small">
              {f.contentType} · {fill(t.size, { kb: String(Math.max(1, Math.round(f.bytes / 1024))) })} ·{" "}
              {formatStaffInstant(f.createdAt, staff.locale, timeZone)}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
