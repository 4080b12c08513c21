"use client";

import { signOut } from "next-auth/react";

export function SignOutButton({ label = "Sign out" }: { label?: string }) {
  return (
    <button type="button" className="linkbutton" onClick={() => void signOut({ callbackUrl: "/staff/signin" })}>
      {label}
    </button>
  );
}
