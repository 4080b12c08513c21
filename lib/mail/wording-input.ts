import { z } from "zod";
import { DomainError } from "@/lib/domain/errors";
import { LOCALES } from "@/lib/domain/locale";
import { templateNames } from "./templates";
import { WORDING_SLOTS } from "./templates/wording";
import { detail } from "@/lib/domain/error-details";

/**
 * The parts of a subject mail the law requires, which the templates generate from the regime and the
 * request and an admin can neither replace nor remove: an input naming one of them is refused by name.
 */
export const REQUIRED_MAIL_PARTS = [
  "provisions",
  "authority",
  "complaintRoute",
  "deadlines",
  "refusalGrounds",
  "heading",
  "reference",
  "body",
] as const;

export const MAIL_WORDING_MAX = 1000;

const slotText = z
  .string()
  .max(MAIL_WORDING_MAX, `must be at most ${MAIL_WORDING_MAX} characters`)
  .refine((v) => !/<\s*\/?\s*[a-z!?][^>]*>/i.test(v), "must be plain text (no HTML tags)")
  .refine((v) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(v), "must not contain control characters")
  .refine((v) => !/\{\{|\}\}|\$\{/.test(v), "must not contain template markers")
  .transform((v) => (v.trim() === "" ? null : v.trim()));

const mailWordingSchema = z.object({
  template: z.string().refine((t) => (templateNames() as string[]).includes(t), "is not a mail template"),
  locale: z.enum(LOCALES, { message: "must be fr or en" }),
  intro: slotText.optional().default(""),
  outro: slotText.optional().default(""),
});
export type MailWordingInput = z.output<typeof mailWordingSchema>;

/**
 * Validates an admin's wording: only the named slots (intro, outro) may be given; any other key is
 * refused — a legally required part with its own message (422-style invalid_request, 400) — so that
 * removing or replacing the provisions, authority, complaint route, deadlines or grounds cannot happen.
 */
export function parseMailWording(raw: Record<string, unknown>): MailWordingInput {
  const fields: Record<string, string> = {};
  for (const key of Object.keys(raw)) {
    if ((REQUIRED_MAIL_PARTS as readonly string[]).includes(key))
      fields[key] = "is legally required and generated from the regime: it cannot be changed or removed";
    else if (!["template", "locale", ...WORDING_SLOTS].includes(key)) fields[key] = "is not a wording slot";
  }
  if (Object.keys(fields).length)
    throw new DomainError("invalid_request", detail("admin.wording_only_intro_closing"), fields);
  return mailWordingSchema.parse(raw);
}
