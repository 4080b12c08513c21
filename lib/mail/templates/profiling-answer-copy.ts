import type { Reevaluation } from "@/lib/domain/completion-result";

/** The answer to a profiling decision questioned, as the completion mail and the status page word it (RESULT_COPY). */
export const PROFILING_ANSWER_COPY = {
  en: {
    profilingReasonTitle: "Why the profiling led to this decision",
    profilingHowTitle: "What could lead to a different decision",
    profilingReevaluation: {
      data_accurate:
        "We checked the personal data used in the profiling and found it accurate, so the decision stands.",
      corrected_same:
        "Some of the personal data used in the profiling was inaccurate: we corrected it and re-evaluated the decision with the corrected data. The decision stands.",
      corrected_changed:
        "Some of the personal data used in the profiling was inaccurate: we corrected it and re-evaluated the decision with the corrected data. The decision has changed, as explained above.",
    } satisfies Record<Reevaluation, string>,
  },
  fr: {
    profilingReasonTitle: "Pourquoi le profilage a conduit à cette décision",
    profilingHowTitle: "Ce qui pourrait conduire à une autre décision",
    profilingReevaluation: {
      data_accurate:
        "Nous avons vérifié les données personnelles utilisées pour le profilage : elles sont exactes, la décision est donc maintenue.",
      corrected_same:
        "Certaines données personnelles utilisées pour le profilage étaient inexactes : nous les avons corrigées et avons réexaminé la décision avec les données corrigées. La décision est maintenue.",
      corrected_changed:
        "Certaines données personnelles utilisées pour le profilage étaient inexactes : nous les avons corrigées et avons réexaminé la décision avec les données corrigées. La décision a changé, comme expliqué ci-dessus.",
    } satisfies Record<Reevaluation, string>,
  },
} as const;
