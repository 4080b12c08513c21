import { z } from "zod";

/** The new password typed twice; its strength is judged by the use case, which knows the user. */
export const newPasswordInput = z.object({
  newPassword: z.string().min(1, "is required").max(256, "must be at most 256 characters"),
  confirmPassword: z.string().max(256),
});
