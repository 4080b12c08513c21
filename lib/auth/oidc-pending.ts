import { getServerSession } from "next-auth";
import { authOptions } from "./options";

export interface PendingSsoSignIn {
  /** The last TOTP attempt's failure, for the form. */
  error: "totp_invalid" | "locked" | null;
}

/** An SSO sign-in still waiting for the app's TOTP step (OIDC_SKIPS_TOTP=false), or null. */
export async function pendingSsoSignIn(): Promise<PendingSsoSignIn | null> {
  const session = (await getServerSession(authOptions)) as { ssoTotpPending?: boolean; ssoError?: string } | null;
  if (!session?.ssoTotpPending) return null;
  return { error: session.ssoError === "totp_invalid" || session.ssoError === "locked" ? session.ssoError : null };
}
