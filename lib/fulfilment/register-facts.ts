/** Processing-register facts about one system, quoted by the access report (Art. 15(1)(a)-(h)). */
export interface RegisterFacts {
  system: string;
  purposes: string[];
  categories: string[];
  recipients: string[];
  retention: string | null;
  source: string | null;
}
