import { requestsImportJob } from "@/lib/queue/jobs/requests-import";
import { requestsImportSweepJob } from "@/lib/queue/jobs/requests-import-sweep";
import { sweepImports } from "@/lib/requests/import/sweep";
import { runImport } from "@/lib/requests/import/imports";
import { handlerFor } from "../handler";

export const requestsImportHandler = handlerFor(requestsImportJob, async ({ importId }) => runImport(importId));

export const requestsImportSweepHandler = handlerFor(requestsImportSweepJob, async () => sweepImports());
