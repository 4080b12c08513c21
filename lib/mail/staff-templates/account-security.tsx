import { P, StaffLayout } from "./staff-layout";

export interface AccountLockedParams {
  name: string;
  failures: number;
  /** ISO instant the lock ends. */
  lockedUntil: string;
  signInUrl: string;
}

export function accountLockedSubject(p: AccountLockedParams): string {
  return `Your back-office account was locked after ${p.failures} failed sign-ins`;
}

/** Sent when failed sign-ins from several addresses lock the account itself (lib/auth/sign-in-throttle.ts). */
export function AccountLocked({ params: p }: { params: AccountLockedParams }) {
  return (
    <StaffLayout
      preview={accountLockedSubject(p)}
      heading={accountLockedSubject(p)}
      actionUrl={p.signInUrl}
      actionLabel="Go to sign-in"
    >
      <P>Hello {p.name},</P>
      <P>
        Someone entered a wrong password or code for your account {p.failures} times, from more than one network.
        Sign-in is locked until {p.lockedUntil.replace("T", " ").slice(0, 16)} UTC.
      </P>
      <P>
        If this was not you, tell your administrator: someone may be guessing your password. Once you are signed in,
        change your password.
      </P>
    </StaffLayout>
  );
}

export interface PasswordResetParams {
  name: string;
  resetUrl: string;
  /** ISO instant the link stops working. */
  expiresAt: string;
}

export function passwordResetSubject(): string {
  return "Set a new password for the privacy back-office";
}

/** The one-time link an admin's "reset password" sends (lib/auth/password-reset.ts). */
export function PasswordReset({ params: p }: { params: PasswordResetParams }) {
  return (
    <StaffLayout
      preview={passwordResetSubject()}
      heading={passwordResetSubject()}
      actionUrl={p.resetUrl}
      actionLabel="Choose a new password"
    >
      <P>Hello {p.name},</P>
      <P>
        An administrator reset your password. Your old password no longer works and every session you had has ended.
        Choose a new password with the button below.
      </P>
      <P>
        The link works once, until {p.expiresAt.replace("T", " ").slice(0, 16)} UTC. If you did not expect this, tell
        your administrator.
      </P>
    </StaffLayout>
  );
}
