import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { db } from "@/lib/db/client";
import { findStaffByEmail } from "@/lib/db/queries/staff";
import type { StaffRole } from "@/lib/dsr/types";
import { verifyPassword } from "./password";

const EIGHT_HOURS = 8 * 60 * 60;

/**
 * Staff sign-in. Sessions are JWTs of at most 8 h carrying the user's id and session version; every
 * page and action reloads the user (lib/auth/session.ts), so deactivation or a role change bites at once.
 */
export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: EIGHT_HOURS },
  jwt: { maxAge: EIGHT_HOURS },
  pages: { signIn: "/staff/signin", error: "/staff/signin" },
  providers: [
    CredentialsProvider({
      name: "credentials",
      credentials: { email: { label: "E-mail", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials) {
        const email = credentials?.email?.trim().toLowerCase();
        const password = credentials?.password ?? "";
        if (!email || !password) return null;
        const user = await findStaffByEmail(db(), { email });
        if (!user || !user.active) return null;
        if (!(await verifyPassword(user.passwordHash, password))) return null;
        return { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion };
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
