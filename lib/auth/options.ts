import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import type { StaffRole } from "@/lib/dsr/types";
import { childLogger } from "@/lib/log";
import { authenticateStaff, SignInError } from "./authenticate";
import { clientAddressFromHeaders } from "./client-address";

const EIGHT_HOURS = 8 * 60 * 60;
const log = childLogger("auth");

/**
 * Staff sign-in: password, then TOTP for roles that require it (lib/auth/authenticate.ts). Sessions
 * are JWTs of at most 8 h carrying the user's id and session version; every page and action reloads
 * the user (lib/auth/session.ts), so deactivation or a role change bites at once.
 */
export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: EIGHT_HOURS },
  jwt: { maxAge: EIGHT_HOURS },
  pages: { signIn: "/staff/signin", error: "/staff/signin" },
  providers: [
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
          });
          return { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion };
        } catch (err) {
          // next-auth hands the thrown message to the form as `error`: only our codes, never internals.
          if (err instanceof SignInError) throw new Error(err.code);
          log.error({ err: (err as Error).message }, "sign-in failed unexpectedly");
          throw new Error("unavailable");
        }
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        const u = user as { id: string; role: StaffRole; sessionVersion: number };
        token.uid = u.id;
        token.role = u.role;
        token.sv = u.sessionVersion;
      }
      return token;
    },
    async session({ session, token }) {
      return { ...session, uid: token.uid, role: token.role, sv: token.sv };
    },
  },
};
