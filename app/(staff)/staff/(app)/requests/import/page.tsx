import { requireStaffPage } from "@/lib/http/staff-page";
import { staffMessages } from "@/lib/i18n/staff";
import { ActionForm } from "../../components/action-form";
import "../../components/integrations.css";
import { uploadImportAction } from "./actions";
import { staffTitle } from "@/lib/http/staff-title";
import { NativeInputEcho } from "../../components/native-input-echo";
import { echoId } from "../../components/echo-id";

export const generateMetadata = staffTitle("importRequests");

/** Upload a CSV of requests received elsewhere; the next page previews it, nothing is filed yet. */
export default async function ImportPage() {
  const me = await requireStaffPage("request.create");
  const t = staffMessages(me.locale).imports;
  return (
    <>
      <h1>{t.title}</h1>
      <p>{t.intro}</p>
      <p>
        <a href="/staff/requests/import/template.csv" download>
          {t.template}
        </a>
      </p>
      <p className="muted">{t.columnsHelp}</p>
      <section className="panel">
        <ActionForm action={uploadImportAction} submitLabel={t.check} pendingLabel={t.checking}>
          <div className="field">
            <label htmlFor="import-file">{t.file}</label>
            <input
              id="import-file"
              name="file"
              type="file"
              accept=".csv,text/csv"
              required
              aria-describedby={echoId("import-file")}
            />
            <NativeInputEcho inputId="import-file" kind="file" />
          </div>
        </ActionForm>
      </section>
    </>
  );
}
