import { ZodError } from "zod";
import { detail, isErrorDetailKey, type ErrorDetail } from "@/lib/domain/error-details";
import { DomainError, type DomainErrorCode } from "@/lib/domain/errors";

/**
 * Why a confirmed import refused a row, as stored in `request_imports.error_detail`: a detail key with its
 * parameters (rendered in the reading staff member's language), else the refusal's code (its sentence
 * from the staff catalogue). The English sentence stays in `error` for logs and the audit trail.
 */
export interface ImportFailure {
  row: number;
  code: DomainErrorCode;
  detail?: ErrorDetail;
  english: string;
}

/** The stored failure of a row that a DomainError or a validation error refused (null: not a row's fault). */
export function importFailureOf(err: unknown, row: number): ImportFailure | null {
  if (err instanceof ImportDateError)
    return { row, code: "invalid_request", detail: detail("requests.import_row_date_invalid"), english: err.message };
  if (err instanceof ZodError) {
    const fields = [...new Set(err.issues.map((i) => i.path.join(".") || "_"))].join(", ");
    return {
      row,
      code: "invalid_request",
      detail: detail("requests.import_row_fields_invalid", { fields }),
      english: err.issues.map((i) => `${i.path.join(".")} ${i.message}`).join("; "),
    };
  }
  if (err instanceof DomainError) return { row, code: err.code, detail: err.detail, english: err.message };
  return null;
}

/** A received_at that the preview accepted but the run cannot read (the same parser: in practice never). */
export class ImportDateError extends Error {}

/** Reads `error_detail` back; anything unexpected reads as no detail (the page then shows the code's sentence). */
export function storedImportDetail(value: unknown): { code: string; detail?: ErrorDetail } | null {
  if (!value || typeof value !== "object") return null;
  const v = value as { code?: unknown; key?: unknown; params?: unknown };
  if (typeof v.code !== "string") return null;
  if (typeof v.key !== "string" || !isErrorDetailKey(v.key)) return { code: v.code };
  const params = v.params && typeof v.params === "object" ? (v.params as ErrorDetail["params"]) : undefined;
  return { code: v.code, detail: params ? { key: v.key, params } : { key: v.key } };
}
