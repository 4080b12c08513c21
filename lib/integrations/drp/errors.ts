/**
 * A refusal in the protocol's error shape (§ 3.06): `{ code, message, fatal? }` with the HTTP status as
 * a string in `code`. 403 answers of the pairing endpoint carry no body (§ 2.05.1): `bodyless`.
 */
export class DrpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly opts: { fatal?: boolean; bodyless?: boolean; retryAfterSeconds?: number } = {},
  ) {
    super(message);
    this.name = "DrpError";
  }

  body(): { code: string; message: string; fatal?: boolean } {
    return { code: String(this.status), message: this.message, ...(this.opts.fatal ? { fatal: true } : {}) };
  }
}
