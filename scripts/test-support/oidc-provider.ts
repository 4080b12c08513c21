import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import type { Server } from "node:http";
import type { Configuration, KoaContextWithOIDC } from "oidc-provider";

/**
 * A real OpenID provider for the SSO tests (`oidc-provider`, the certified implementation), with its
 * development login form: any login is accepted and becomes the account's e-mail, so a test "is"
 * whoever it types. `unverified:someone@x` signs in with `email_verified: false`. Consent is
 * implied (a first-party client), so the flow is: app button → login form → back in the app.
 *
 * `npm test` runs it as a child process (`spawnTestOidcProvider`, from scripts/test.ts) because the
 * runners it spawns block the parent's event loop. By hand: `npx tsx scripts/test-support/oidc-provider.ts`
 * with PORT (the app's; the provider listens on PORT+23000) or OIDC_TEST_PORT, and APP_URL; it prints
 * the OIDC_* variables to start the app with.
 */

export const TEST_OIDC_CLIENT_ID = "dsr-desk-test";
export const TEST_OIDC_CLIENT_SECRET = "test-secret-for-local-sso-only-0123456789";

/** The test provider's port for an app on `appPort`: fixed, so the app can be started before it listens. */
export const testOidcPort = (appPort: number) => (appPort + 23_000 <= 65_535 ? appPort + 23_000 : appPort - 23_000);

/** What the app instance needs to use the test provider (SSO skips the app's TOTP step: the default). */
export type TestOidcEnv = {
  OIDC_ISSUER: string;
  OIDC_CLIENT_ID: string;
  OIDC_CLIENT_SECRET: string;
  OIDC_NAME: string;
  OIDC_SKIPS_TOTP: string;
};

const testOidcEnv = (issuer: string, name = "Test IdP"): TestOidcEnv => ({
  OIDC_ISSUER: issuer,
  OIDC_CLIENT_ID: TEST_OIDC_CLIENT_ID,
  OIDC_CLIENT_SECRET: TEST_OIDC_CLIENT_SECRET,
  OIDC_NAME: name,
  OIDC_SKIPS_TOTP: "true",
});

export interface TestOidcProvider {
  issuer: string;
  env: TestOidcEnv;
  close(): Promise<void>;
}

function accountFromLogin(login: string) {
  const unverified = login.startsWith("unverified:");
  const email = unverified ? login.slice("unverified:".length) : login;
  return { email, email_verified: !unverified, name: email.split("@")[0] ?? email };
}

export async function startTestOidcProvider(p: {
  port: number;
  appUrl: string;
  name?: string;
}): Promise<TestOidcProvider> {
  const issuer = `http://127.0.0.1:${p.port}`;
  const config: Configuration = {
    clients: [
      {
        client_id: TEST_OIDC_CLIENT_ID,
        client_secret: TEST_OIDC_CLIENT_SECRET,
        redirect_uris: [`${p.appUrl.replace(/\/$/, "")}/api/auth/callback/oidc`],
        grant_types: ["authorization_code"],
        response_types: ["code"],
      },
    ],
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
    // next-auth reads the identity from the ID token only (idToken: true), as with most enterprise IdPs.
    conformIdTokenClaims: false,
    async findAccount(_ctx: KoaContextWithOIDC, sub: string) {
      return { accountId: sub, claims: async () => ({ sub, ...accountFromLogin(sub) }) };
    },
    async loadExistingGrant(ctx: KoaContextWithOIDC) {
      const { oidc } = ctx;
      const grantId = oidc.result?.consent?.grantId ?? oidc.session!.grantIdFor(oidc.client!.clientId);
      if (grantId) return oidc.provider.Grant.find(grantId);
      const grant = new oidc.provider.Grant({ clientId: oidc.client!.clientId, accountId: oidc.session!.accountId! });
      grant.addOIDCScope("openid email profile");
      await grant.save();
      return grant;
    },
    features: { devInteractions: { enabled: true } },
    pkce: { required: () => true },
    cookies: { keys: [randomBytes(32).toString("base64url")] },
  };
  // Loaded here, not at the top: the spawning side (scripts/test.ts) never needs the package.
  const { default: Provider } = await import("oidc-provider");
  const provider = new Provider(issuer, config);
  const server: Server = await new Promise((resolve, reject) => {
    const s = provider.listen(p.port, "127.0.0.1", () => resolve(s));
    s.once("error", reject);
  });
  return {
    issuer,
    env: testOidcEnv(issuer, p.name),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/**
 * Runs the provider in a child process and resolves once it listens. The child also exits when this
 * process does (its stdin closes), so a failed start leaves nothing behind.
 */
export async function spawnTestOidcProvider(p: {
  port: number;
  appUrl: string;
}): Promise<{ env: TestOidcEnv; stop(): Promise<void> }> {
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/test-support/oidc-provider.ts"], {
    env: { ...process.env, OIDC_TEST_PORT: String(p.port), APP_URL: p.appUrl, OIDC_TEST_EXIT_WITH_PARENT: "1" },
    stdio: ["pipe", "pipe", "pipe"],
  });
  let output = "";
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`the test OIDC provider did not start within 30 s:\n${output}`)),
      30_000,
    );
    let ready = false;
    const collect = (chunk: Buffer) => {
      if (ready) return;
      output += chunk.toString();
      if (output.includes("test OIDC provider ready")) {
        ready = true;
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout.on("data", collect);
    // Its stderr is oidc-provider's "development-only" warnings: kept for the failure message only.
    child.stderr.on("data", collect);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`the test OIDC provider exited (${code}):\n${output}`));
    });
  });
  return {
    env: testOidcEnv(`http://127.0.0.1:${p.port}`),
    async stop() {
      if (child.exitCode === null) child.kill("SIGTERM");
      await exited;
    },
  };
}

async function main() {
  const appPort = Number(process.env.PORT ?? 3000);
  const port = Number(process.env.OIDC_TEST_PORT ?? testOidcPort(appPort));
  const appUrl = process.env.APP_URL ?? `http://127.0.0.1:${appPort}`;
  const idp = await startTestOidcProvider({ port, appUrl });
  process.stdout.write(`test OIDC provider ready on ${idp.issuer} for ${appUrl}\n`);
  for (const [k, v] of Object.entries(idp.env)) process.stdout.write(`  ${k}=${JSON.stringify(v)}\n`);
  const stop = () => void idp.close().then(() => process.exit(0));
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
  if (process.env.OIDC_TEST_EXIT_WITH_PARENT === "1") {
    process.stdin.on("end", stop);
    process.stdin.resume();
  }
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  main().catch((err: Error) => {
    process.stderr.write(`test OIDC provider: ${err.message}\n`);
    process.exit(1);
  });
}
