/** Status tokens are base64url (lib/crypto/tokens.ts); anything else cannot be one. */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{1,256}$/;

/**
 * The status token from the URL segment, or null when the segment cannot be a token (an undecodable
 * escape such as `%`, other characters, too long): callers answer 404 rather than look it up. A
 * token-shaped value that matches no request still gets the friendly "not found" page.
 */
export function statusTokenParam(raw: string): string | null {
  let token: string;
  try {
    token = decodeURIComponent(raw);
  } catch {
    return null;
  }
  return TOKEN_SHAPE.test(token) ? token : null;
}
