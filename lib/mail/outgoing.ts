import { z } from "zod";

export const outgoingMailSchema = z.object({
  to: z.string().min(3),
  subject: z.string().min(1),
  text: z.string(),
  html: z.string().optional(),
});
export type OutgoingMail = z.infer<typeof outgoingMailSchema>;
