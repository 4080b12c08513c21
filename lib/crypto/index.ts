export { parseKeyring, generateKeyringSpec, KEY_BYTES, type Keyring } from "./keyring";
export {
  encryptField,
  decryptField,
  encryptNullable,
  decryptNullable,
  needsReencryption,
  DecryptionError,
  type DecryptionFailure,
} from "./field-cipher";
export { normaliseEmail, blindIndex, emailBlindIndex } from "./blind-index";
export { generateToken, hashToken, generateNumericCode, safeEqualHex } from "./tokens";
