import { requestsImportJob } from "@/lib/queue/jobs/requests-import";
import { runImport } from "@/lib/requests/import/imports";
import { handlerFor } from "../handler";

export const requestsImportHandler = handlerFor(requestsImportJob, async ({ importId }) => runImport(importId));
