import { z } from "zod";
import { LOCALES } from "@/lib/domain/locale";

export const outgoingMailSchema = z.object({
  to: z.string().min(3),
  subject: z.string().min(1),
  text: z.string(),
  html: z.string().optional(),
  attachments: z.object({ requestId: z.uuid(), ids: z.array(z.uuid()).max(3) }).optional(),
});
export type OutgoingMail = z.infer<typeof outgoingMailSchema>;

/**
 * A subject mail queued as its template and data, rendered by the mail job when it is sent: the
 * request path (intake above all) pays no React rendering (10-200 ms of CPU per mail).
 */
export const templateMailSchema = z.object({
  kind: z.literal("template"),
  to: z.string().min(3),
  template: z.string().min(1),
  locale: z.enum(LOCALES),
  data: z.record(z.string(), z.unknown()),
  /**
   * Thread attachments sent with the mail: only their ids travel (outbox, Redis); the mail job reads and
   * decrypts them when it sends (lib/mail/deliver.ts). A file deleted meanwhile (minimisation) is left out.
   */
  attachments: z.object({ requestId: z.uuid(), ids: z.array(z.uuid()).max(3) }).optional(),
});
export type TemplateMail = z.infer<typeof templateMailSchema>;

/** What a mail row seals: the message itself, or its template to render at send time. */
export const sealedMailSchema = z.union([templateMailSchema, outgoingMailSchema]);
export type SealedMail = z.infer<typeof sealedMailSchema>;
