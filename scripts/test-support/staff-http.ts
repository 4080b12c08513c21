import { appUrl } from "@/lib/env";

/** Cookies kept across fetches, as a browser would. */
export class CookieJar {
  private readonly cookies = new Map<string, string>();

  keep(res: Response): Response {
    for (const c of res.headers.getSetCookie()) {
      const pair = c.split(";")[0]!;
      const name = pair.slice(0, pair.indexOf("="));
      const value = pair.slice(pair.indexOf("=") + 1);
      if (value === "" || /max-age=0/i.test(c)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return res;
  }

  header(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }

  has(suffix: string): boolean {
    return [...this.cookies.keys()].some((k) => k.endsWith(suffix));
  }
}

/**
 * next-auth's credentials flow over HTTP against the running instance, as the sign-in form does it.
 * `error` is the code the form would show (invalid, locked, …), null when a session cookie was set.
 */
export async function signInOverHttp(p: {
  email: string;
  password: string;
  headers?: Record<string, string>;
  jar?: CookieJar;
}): Promise<{ jar: CookieJar; error: string | null }> {
  const jar = p.jar ?? new CookieJar();
  const csrf = jar.keep(await fetch(`${appUrl()}/api/auth/csrf`, { headers: { cookie: jar.header() } }));
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const res = jar.keep(
    await fetch(`${appUrl()}/api/auth/callback/credentials`, {
      method: "POST",
      redirect: "manual",
      headers: { ...p.headers, cookie: jar.header(), "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ csrfToken, email: p.email, password: p.password, json: "true" }),
    }),
  );
  const target = res.headers.get("location") ?? ((await res.json().catch(() => ({}))) as { url?: string }).url ?? "";
  const error = new URL(target, appUrl()).searchParams.get("error");
  if (error) return { jar, error };
  if (!jar.has("session-token"))
    throw new Error(`sign-in as ${p.email} gave neither a session nor an error (${res.status})`);
  return { jar, error: null };
}

/** POST /api/auth/signout as the sign-out button does (next-auth's CSRF token included). */
export async function signOutOverHttp(jar: CookieJar): Promise<Response> {
  const csrf = jar.keep(await fetch(`${appUrl()}/api/auth/csrf`, { headers: { cookie: jar.header() } }));
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  return jar.keep(
    await fetch(`${appUrl()}/api/auth/signout`, {
      method: "POST",
      redirect: "manual",
      headers: { cookie: jar.header(), "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ csrfToken, json: "true" }),
    }),
  );
}
