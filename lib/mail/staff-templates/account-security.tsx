import type { Locale } from "@/lib/domain/locale";
import { formatInstantInZone } from "@/lib/i18n/format-date";
import { P, StaffLayout } from "./staff-layout";

export interface AccountLockedParams {
  /** The owner's language: the mail is written in it and its time is in its format. */
  locale: Locale;
  /** The zone the lock's end is told in (the controller's), labelled. */
  timeZone: string;
  name: string;
  failures: number;
  /** ISO instant the lock ends. */
  lockedUntil: string;
  signInUrl: string;
}

const LOCKED: Record<
  Locale,
  { subject: (n: number) => string; action: string; body: (p: AccountLockedParams, until: string) => string[] }
> = {
  en: {
    subject: (n) => `Your back-office account was locked after ${n} failed sign-ins`,
    action: "Go to sign-in",
    body: (p, until) => [
      `Hello ${p.name},`,
      `Someone entered a wrong password or code for your account ${p.failures} times, from more than one network. Sign-in is locked until ${until}.`,
      "If this was not you, tell your administrator: someone may be guessing your password. Once you are signed in, change your password.",
    ],
  },
  fr: {
    subject: (n) => `Votre compte du back-office a été verrouillé après ${n} connexions échouées`,
    action: "Aller à la connexion",
    body: (p, until) => [
      `Bonjour ${p.name},`,
      `Quelqu’un a saisi un mauvais mot de passe ou code pour votre compte ${p.failures} fois, depuis plus d’un réseau. La connexion est verrouillée jusqu’au ${until}.`,
      "Si ce n’était pas vous, prévenez votre administrateur : quelqu’un essaie peut-être de deviner votre mot de passe. Une fois connecté, changez votre mot de passe.",
    ],
  },
};

export function accountLockedSubject(p: AccountLockedParams): string {
  return LOCKED[p.locale].subject(p.failures);
}

/** Sent when failed sign-ins from several addresses lock the account itself (lib/auth/sign-in-throttle.ts). */
export function AccountLocked({ params: p }: { params: AccountLockedParams }) {
  const w = LOCKED[p.locale];
  const until = formatInstantInZone(new Date(p.lockedUntil), p.locale, p.timeZone);
  return (
    <StaffLayout
      lang={p.locale}
      preview={accountLockedSubject(p)}
      heading={accountLockedSubject(p)}
      actionUrl={p.signInUrl}
      actionLabel={w.action}
    >
      {w.body(p, until).map((line) => (
        <P key={line}>{line}</P>
      ))}
    </StaffLayout>
  );
}

export interface PasswordResetParams {
  /** The owner's language: the mail is written in it and its time is in its format. */
  locale: Locale;
  /** The zone the link's end is told in (the controller's), labelled. */
  timeZone: string;
  name: string;
  resetUrl: string;
  /** ISO instant the link stops working. */
  expiresAt: string;
}

const RESET: Record<
  Locale,
  { subject: string; action: string; body: (p: PasswordResetParams, until: string) => string[] }
> = {
  en: {
    subject: "Set a new password for the privacy back-office",
    action: "Choose a new password",
    body: (p, until) => [
      `Hello ${p.name},`,
      "An administrator reset your password. Your old password no longer works and every session you had has ended. Choose a new password with the button below.",
      `The link works once, until ${until}. If you did not expect this, tell your administrator.`,
    ],
  },
  fr: {
    subject: "Choisissez un nouveau mot de passe pour le back-office de confidentialité",
    action: "Choisir un nouveau mot de passe",
    body: (p, until) => [
      `Bonjour ${p.name},`,
      "Un administrateur a réinitialisé votre mot de passe. L’ancien ne fonctionne plus et toutes vos sessions ont pris fin. Choisissez un nouveau mot de passe avec le bouton ci-dessous.",
      `Le lien fonctionne une fois, jusqu’au ${until}. Si vous ne vous y attendiez pas, prévenez votre administrateur.`,
    ],
  },
};

export function passwordResetSubject(p: Pick<PasswordResetParams, "locale">): string {
  return RESET[p.locale].subject;
}

/** The one-time link an admin's "reset password" sends (lib/auth/password-reset.ts). */
export function PasswordReset({ params: p }: { params: PasswordResetParams }) {
  const w = RESET[p.locale];
  const until = formatInstantInZone(new Date(p.expiresAt), p.locale, p.timeZone);
  return (
    <StaffLayout lang={p.locale} preview={w.subject} heading={w.subject} actionUrl={p.resetUrl} actionLabel={w.action}>
      {w.body(p, until).map((line) => (
        <P key={line}>{line}</P>
      ))}
    </StaffLayout>
  );
}
