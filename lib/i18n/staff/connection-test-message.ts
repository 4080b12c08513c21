import type { Locale } from "@/lib/domain/locale";

/**
 * A connection test's outcome (`data_systems.last_test_message`) in the staff member's language. The
 * connectors and lib/systems/test-system-connection.ts word it in English, and it is stored so (the
 * audit and the REST API read it as written); the admin screens pass it through here. The parts that
 * come from elsewhere (a driver's or the network's error, a table name) are kept as they are.
 */
const PATTERNS_FR: [RegExp, string][] = [
  // lib/systems/test-system-connection.ts
  [/^The configuration does not load: (.*)$/s, "La configuration ne se charge pas : $1"],
  [/^No answer within (\d+) s\.$/, "Aucune réponse en $1 s."],
  [/^The test failed: (.*)$/s, "Le test a échoué : $1"],
  // lib/connectors/manual/connector.ts
  [
    /^Manual system: tasks go to a person; nothing to connect to\.$/,
    "Système manuel : les tâches vont à une personne ; il n’y a rien à joindre.",
  ],
  // lib/connectors/postgres-dataset/connector.ts
  [
    /^Connected; the (\d+) tables of dataset (.+) are present\.$/s,
    "Connexion établie ; les $1 tables du jeu de données $2 sont présentes.",
  ],
  [/^Connected, but these tables are missing: (.*)$/s, "Connexion établie, mais ces tables manquent : $1"],
  [/^Could not connect: (.*)$/s, "Connexion impossible : $1"],
  // lib/connectors/webhook/connector.ts
  [
    /^The endpoint answered the signed ping with HTTP (.*)$/s,
    "Le point de réception a répondu au ping signé par HTTP $1",
  ],
  [/^Could not reach the endpoint: (.*)$/s, "Impossible de joindre le point de réception : $1"],
];

export function localiseConnectionTestMessage(message: string, locale: Locale | undefined): string {
  if (locale !== "fr") return message;
  for (const [en, fr] of PATTERNS_FR) if (en.test(message)) return message.replace(en, fr);
  return message;
}
