/**
 * Settings that depend on how the operator runs the product. The web child always runs with
 * NODE_ENV=production (it serves a production build), so whether this is a production deployment is
 * decided here, from the environment `npm start` was given, and handed to web and workers explicitly.
 */
type Environment = Record<string, string | undefined>;

const isTrue = (v: string | undefined) => v === "true" || v === "1";
const isProduction = (environment: Environment) => environment.NODE_ENV === "production";

/**
 * The dev mailbox (/dev/mailbox, /api/dev/mailbox) shows every mail the embedded SMTP sink caught,
 * verification codes and status links included, to anyone who can reach the web app. It is on when
 * the sink is used, except in production, where it needs DEV_MAILBOX_IN_PRODUCTION=true.
 */
export function devMailboxSetting(
  environment: Environment,
  sinkUsed: boolean,
): { enabled: boolean; warning: string | null } {
  if (!sinkUsed) return { enabled: false, warning: null };
  if (!isProduction(environment)) return { enabled: true, warning: null };
  if (isTrue(environment.DEV_MAILBOX_IN_PRODUCTION))
    return {
      enabled: true,
      warning:
        "warning: NODE_ENV=production without SMTP_URL, and DEV_MAILBOX_IN_PRODUCTION=true: every mail is caught by the embedded SMTP sink and readable by anyone at /dev/mailbox",
    };
  return {
    enabled: false,
    warning:
      "warning: NODE_ENV=production without SMTP_URL: mail goes to the embedded SMTP sink and is not delivered; the dev mailbox is off (set SMTP_URL, or DEV_MAILBOX_IN_PRODUCTION=true to expose it)",
  };
}

/**
 * TOTP for every staff role: TOTP_REQUIRED_FOR_ALL_ROLES when set, otherwise on in production only.
 * Always passed on explicitly, because the web child's own NODE_ENV says nothing about the deployment.
 */
export function totpForAllRolesSetting(environment: Environment): "true" | "false" {
  const given = environment.TOTP_REQUIRED_FOR_ALL_ROLES;
  if (given === "true" || given === "1") return "true";
  if (given === "false" || given === "0") return "false";
  return isProduction(environment) ? "true" : "false";
}
