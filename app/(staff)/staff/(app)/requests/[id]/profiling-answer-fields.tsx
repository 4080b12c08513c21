import { REEVALUATIONS } from "@/lib/domain/completion-result";
import type { StaffMessages } from "@/lib/i18n/staff";

/**
 * The answer to a profiling decision questioned (Minn. Stat. § 325M.14, subd. 1(g)), given with the package
 * review: the reason, what could change the decision, and how the re-evaluation came out.
 */
export function ProfilingAnswerFields({ t }: { t: StaffMessages["gates"]["package"]["profiling"] }) {
  return (
    <fieldset className="profiling-answer" data-testid="profiling-answer">
      <legend>{t.legend}</legend>
      <p className="muted small">{t.lead}</p>
      <div className="compact-field">
        <label htmlFor="profiling-reason">{t.reason}</label>
        <p id="profiling-reason-hint" className="muted small">
          {t.reasonHint}
        </p>
        <textarea
          id="profiling-reason"
          name="profilingReason"
          rows={4}
          required
          minLength={10}
          maxLength={4000}
          aria-describedby="profiling-reason-hint"
        />
      </div>
      <div className="compact-field">
        <label htmlFor="profiling-how">{t.howToChange}</label>
        <p id="profiling-how-hint" className="muted small">
          {t.howToChangeHint}
        </p>
        <textarea
          id="profiling-how"
          name="profilingHowToChange"
          rows={3}
          maxLength={4000}
          aria-describedby="profiling-how-hint"
        />
      </div>
      <fieldset>
        <legend>{t.reevaluation}</legend>
        {REEVALUATIONS.map((value) => (
          <label key={value} className="choice">
            <input type="radio" name="profilingReevaluation" value={value} required /> {t.reevaluations[value]}
          </label>
        ))}
      </fieldset>
    </fieldset>
  );
}
