/**
 * French articles before a law's name: "le Texas Data Privacy and Security Act" but "l'Oregon Consumer
 * Privacy Act", "de l'ICDPA" (elision before a vowel; "du" becomes "de l'").
 */
export function frArticle(article: "le" | "Le" | "du", name: string): string {
  if (!/^[AEIOUYÉaeiouyé]/.test(name)) return `${article} ${name}`;
  if (article === "du") return `de l'${name}`;
  return `${article === "Le" ? "L'" : "l'"}${name}`;
}

/** "de" before a phrase that may start with an article: "de les articles" is "des articles", "de le principe" "du principe". */
export function frOf(phrase: string): string {
  if (phrase.startsWith("les ")) return `des ${phrase.slice(4)}`;
  if (phrase.startsWith("le ")) return `du ${phrase.slice(3)}`;
  return `de ${phrase}`;
}
