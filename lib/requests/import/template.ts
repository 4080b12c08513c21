import { csvField } from "./csv-parse";
import { IMPORT_COLUMNS } from "./rows";

/** The downloadable template: the header and two example rows (a letter with its zone, a phone call with an offset). */
export function importTemplateCsv(): string {
  const rows = [
    IMPORT_COLUMNS as readonly string[],
    [
      "access",
      "letter",
      "2026-11-02 09:30 Europe/Paris",
      "marie.dupont@example.fr",
      "Marie Dupont",
      "fr",
      "FR",
      "C-1042",
      "Copie de mes données",
      "",
      "",
      "",
      "",
      "",
      "",
      "",
      "Scanned letter in the shared drive",
    ],
    [
      "erasure",
      "phone",
      "2026-11-03T14:05:00+00:00",
      "john.smith@example.co.uk",
      "John Smith",
      "en",
      "GB",
      "",
      "Close my account",
      "",
      "",
      "",
      "",
      "",
      "known_account",
      "Caller answered the account questions",
      "",
    ],
  ];
  // CRLF as RFC 4180 writes it; a BOM so spreadsheet programs read UTF-8.
  return `\uFEFF${rows.map((r) => r.map(csvField).join(",")).join("\r\n")}\r\n`;
}
