import { maskEmail } from "@/app/(staff)/staff/(app)/components/staff-display";
import { decryptSubjectEmail } from "@/lib/requests/subject-fields";

/** The subject's address masked for roles that may not see it; a row whose key is gone says so. */
export function safeMask(r: { id: string; emailEnc: string }): string {
  try {
    return maskEmail(decryptSubjectEmail(r));
  } catch {
    return "(unreadable)";
  }
}
