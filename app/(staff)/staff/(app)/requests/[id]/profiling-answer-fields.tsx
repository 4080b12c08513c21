import { REEVALUATIONS } from "@/lib/domain/completion-result";
import type { StaffMessages } from "@/lib/i18n/staff";

/** A text area with its label and hint, the hint read out with it. */
function TextField(p: { id: string; name: string; label: string; hint: string; rows: number; required?: boolean }) {
  return (
    <div className="compact-field">
      <label htmlFor={p.id}>{p.label}</label>
      <p id={`${p.id}-hint`} className="muted small">
        {p.hint}
      </p>
      <textarea
        id={p.id}
        name={p.name}
        rows={p.rows}
        required={p.required}
        minLength={p.required ? 10 : undefined}
        maxLength={4000}
        aria-describedby={`${p.id}-hint`}
      />
    </div>
  );
}

/**
 * The answer to a profiling decision questioned (Minn. Stat. § 325M.14, subd. 1(g)), given with the package
 * review: the reason, what could change the decision (only "if feasible": optional), and the re-evaluation.
 */
export function ProfilingAnswerFields({ t }: { t: StaffMessages["gates"]["package"]["profiling"] }) {
  return (
    <fieldset className="profiling-answer" data-testid="profiling-answer">
      <legend>{t.legend}</legend>
      <p className="muted small">{t.lead}</p>
      <TextField id="profiling-reason" name="profilingReason" label={t.reason} hint={t.reasonHint} rows={4} required />
      <TextField
        id="profiling-how"
        name="profilingHowToChange"
        label={t.howToChange}
        hint={t.howToChangeHint}
        rows={3}
      />
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
