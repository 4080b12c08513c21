import type { NextAuthOptions } from "next-auth";
import type { JWT } from "next-auth/jwt";
import CredentialsProvider from "next-auth/providers/credentials";
import type { StaffRole } from "@/lib/domain/vocabulary";
import { appUrl } from "@/lib/env";
import { childLogger } from "@/lib/log";
import { authenticateStaff, SignInError } from "./authenticate";
import { clientAddressFromHeaders } from "@/lib/net/client-address";
import {
  admitOidcSignIn,
  completeSsoTotp,
  OIDC_PROVIDER_ID,
  oidcProvider,
  oidcSettings,
  type OidcClaims,
} from "./oidc";
import { requestAddress, SSO_TOTP_WINDOW_SECONDS, ssoTotpInput } from "./oidc-session";
import { endSessionOnSignOut } from "./sign-out";

const EIGHT_HOURS = 8 * 60 * 60;
const log = childLogger("auth");

/** What a provider hands the jwt callback: the staff row's identity, whatever the sign-in method. */
interface SignedInUser {
  id: string;
  email: string;
  name: string;
  role: StaffRole;
  sessionVersion: number;
  /** SSO with OIDC_SKIPS_TOTP=false: the app's TOTP step is still to come. */
  totpPending?: boolean;
}

const nowSeconds = () => Math.floor(Date.now() / 1000);

/** A token that identifies nobody: currentStaff() finds no uid and the user signs in again. */
const signedOut = (): JWT => ({});

/**
 * Staff sign-in: password, then TOTP for roles that require it (lib/auth/authenticate.ts), or OIDC
 * single sign-on when configured (lib/auth/oidc.ts). Sessions are JWTs of at most 8 h from sign-in
 * carrying the user's id and session version; every page and action reloads the user
 * (lib/auth/session.ts), so deactivation or a role change bites at once.
 */
export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: EIGHT_HOURS },
  jwt: { maxAge: EIGHT_HOURS },
  pages: { signIn: "/staff/signin", error: "/staff/signin" },
  // Providers are read per request (this getter), so the module can load in `next build` without the env.
  get providers() {
    const sso = oidcSettings();
    return [
      CredentialsProvider({
        name: "credentials",
        credentials: {
          email: { label: "E-mail", type: "email" },
          password: { label: "Password", type: "password" },
          totp: { label: "Authentication code", type: "text" },
          recoveryCode: { label: "Recovery code", type: "text" },
        },
        async authorize(credentials, req) {
          try {
            const user = await authenticateStaff({
              email: credentials?.email ?? "",
              password: credentials?.password ?? "",
              totp: credentials?.totp || undefined,
              recoveryCode: credentials?.recoveryCode || undefined,
              ip: clientAddressFromHeaders(req?.headers),
              acceptLanguage:
                req?.headers instanceof Headers
                  ? req.headers.get("accept-language")
                  : ((req?.headers?.["accept-language"] as string | undefined) ?? null),
            });
            return {
              id: user.id,
              email: user.email,
              name: user.name,
              role: user.role,
              sessionVersion: user.sessionVersion,
            };
          } catch (err) {
            // next-auth hands the thrown message to the form as `error`: only our codes, never internals.
            if (err instanceof SignInError) throw new Error(err.code);
            log.error({ err: (err as Error).message }, "sign-in failed unexpectedly");
            throw new Error("unavailable");
          }
        },
      }),
      ...(sso ? [oidcProvider(sso)] : []),
    ];
  },
  events: {
    // The saved cookie must stop working too (issue 14, item 2): the session version moves on.
    async signOut({ token }) {
      await endSessionOnSignOut(token);
    },
  },
  callbacks: {
    async signIn({ user, account, profile }) {
      if (account?.provider !== OIDC_PROVIDER_ID) return true;
      const sso = oidcSettings();
      if (!sso) return false;
      try {
        const admission = await admitOidcSignIn({
          claims: profile as OidcClaims,
          ip: await requestAddress(),
          skipsTotp: sso.skipsTotp,
        });
        if (!admission.ok) return `${appUrl()}/staff/signin?error=${admission.refusal}`;
        // Without an adapter next-auth passes this same object to the jwt callback: give it the
        // staff identity, so an SSO session has exactly the shape of a password one.
        const signedIn: SignedInUser = { ...admission.staff, totpPending: admission.totpPending };
        Object.assign(user, signedIn);
        return true;
      } catch (err) {
        log.error({ err: (err as Error).message }, "SSO sign-in failed unexpectedly");
        return `${appUrl()}/staff/signin?error=unavailable`;
      }
    },
    async jwt({ token, user, trigger, session }) {
      const now = nowSeconds();
      if (user) {
        const u = user as SignedInUser;
        const fresh: JWT = { name: u.name, email: u.email, sub: u.id, authAt: now };
        if (u.totpPending) return { ...fresh, ssoPending: { uid: u.id, sv: u.sessionVersion } };
        return { ...fresh, uid: u.id, role: u.role, sv: u.sessionVersion };
      }
      // next-auth re-issues the cookie on every /api/auth/session call; the 8 h count from sign-in.
      const authAt = typeof token.authAt === "number" ? token.authAt : 0;
      if (now - authAt > EIGHT_HOURS) return signedOut();
      const pending = token.ssoPending as { uid: string; sv: number } | undefined;
      if (!pending) return token;
      if (now - authAt > SSO_TOTP_WINDOW_SECONDS) return signedOut();
      if (trigger !== "update") return token;
      // The TOTP step after SSO posts its code through next-auth's session update.
      const input = ssoTotpInput(session);
      const result = await completeSsoTotp({
        userId: pending.uid,
        sessionVersion: pending.sv,
        ...input,
        ip: await requestAddress(),
      });
      if (!result.ok) return result.error === "invalid" ? signedOut() : { ...token, ssoError: result.error };
      const complete: JWT = {
        ...token,
        uid: result.staff.id,
        role: result.staff.role,
        sv: result.staff.sessionVersion,
      };
      delete complete.ssoPending;
      delete complete.ssoError;
      return complete;
    },
    async session({ session, token }) {
      return {
        ...session,
        uid: token.uid,
        role: token.role,
        sv: token.sv,
        ssoTotpPending: Boolean(token.ssoPending),
        ssoError: token.ssoError,
      };
    },
  },
};
