"use client";

import { signOut } from "next-auth/react";

export function SignOutButton() {
  return (
    <button type="button" className="linkbutton" onClick={() => void signOut({ callbackUrl: "/staff/signin" })}>
      Sign out
    </button>
  );
}
