import { db } from "@/lib/db/client";
import { listReplyTemplates } from "@/lib/db/queries/reply-templates";
import { requireStaffPage } from "@/lib/http/staff-page";
import { staffTitle } from "@/lib/http/staff-title";
import { staffMessages } from "@/lib/i18n/staff";
import { ActionForm } from "../../components/action-form";
import { createReplyTemplateAction, deleteReplyTemplateAction, updateReplyTemplateAction } from "./actions";
import { TemplateFields } from "./template-fields";

export const generateMetadata = staffTitle("replyTemplates");

/** Admins manage the thread's reply templates: French and English texts, the request types they fit. */
export default async function ReplyTemplatesPage() {
  const staff = await requireStaffPage("reply_templates.manage");
  const all = staffMessages(staff.locale);
  const t = all.replyTemplates;
  const templates = await listReplyTemplates(db());
  return (
    <>
      <h1>{t.title}</h1>
      <p className="muted">{t.intro}</p>
      {templates.length === 0 ? <p data-testid="no-reply-templates">{t.empty}</p> : null}
      {templates.map((tpl) => (
        <section key={tpl.id} className="panel" aria-label={tpl.name} data-testid="reply-template">
          <details>
            <summary>
              <strong>{tpl.name}</strong>{" "}
              <span className="muted">
                (
                {tpl.requestTypes.length
                  ? tpl.requestTypes.map((x) => lookupType(all.types, x)).join(", ")
                  : t.allTypes}
                )
              </span>
            </summary>
            <ActionForm action={updateReplyTemplateAction} submitLabel={t.save} label={`${t.edit} ${tpl.name}`}>
              <input type="hidden" name="id" value={tpl.id} />
              <TemplateFields prefix={`tpl-${tpl.id}`} template={tpl} t={t} types={all.types} />
            </ActionForm>
            <ActionForm
              action={deleteReplyTemplateAction}
              submitLabel={t.remove}
              confirm={t.removeConfirm}
              danger
              label={`${t.remove} ${tpl.name}`}
            >
              <input type="hidden" name="id" value={tpl.id} />
            </ActionForm>
          </details>
        </section>
      ))}
      <section className="panel" aria-labelledby="h-new-template">
        <h2 id="h-new-template">{t.create}</h2>
        <ActionForm action={createReplyTemplateAction} submitLabel={t.create} resetOnSuccess label={t.create}>
          <TemplateFields prefix="new" t={t} types={all.types} />
        </ActionForm>
      </section>
    </>
  );
}

function lookupType(types: Record<string, string>, key: string): string {
  return Object.hasOwn(types, key) ? types[key]! : key;
}
