"use client";

import { useEffect, useRef, useState } from "react";
import type { ActionResult } from "@/lib/http/staff-action";
import { ActionForm, ActionOutcome } from "../../components/action-form";
import { previewWordingAction, saveWordingAction } from "./wording-actions";

interface Words {
  title: string;
  intro: string;
  opening: string;
  closing: string;
  save: string;
  livePreview: string;
}

/**
 * The wording form of one mail in one language, with a live preview: each change (after a short pause)
 * renders the mail with sample data on the server, validated like a save; an invalid draft shows why.
 */
export function WordingEditor(p: {
  template: string;
  locale: string;
  intro: string;
  outro: string;
  initialHtml: string;
  words: Words;
  versionNote: string | null;
}) {
  const [draft, setDraft] = useState({ intro: p.intro, outro: p.outro });
  const [html, setHtml] = useState(p.initialHtml);
  // The refused draft's result, shown like any staff form's refusal: in the member's language.
  const [problem, setProblem] = useState<ActionResult | null>(null);
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const timer = setTimeout(async () => {
      const r = await previewWordingAction({ template: p.template, locale: p.locale, ...draft });
      if (r.ok) {
        setHtml(r.value.html);
        setProblem(null);
      } else setProblem(r);
    }, 400);
    return () => clearTimeout(timer);
  }, [draft, p.template, p.locale]);
  return (
    <section className="card wording-editor" aria-labelledby="h-wording" data-testid="wording-editor">
      <h2 id="h-wording">{p.words.title}</h2>
      <p className="muted small">{p.words.intro}</p>
      {p.versionNote ? <p className="muted small">{p.versionNote}</p> : null}
      <ActionForm action={saveWordingAction} submitLabel={p.words.save} label={p.words.title}>
        <input type="hidden" name="template" value={p.template} />
        <input type="hidden" name="locale" value={p.locale} />
        <div className="compact-field">
          <label htmlFor="wording-intro">{p.words.opening}</label>
          <textarea
            id="wording-intro"
            name="intro"
            maxLength={1000}
            value={draft.intro}
            onChange={(e) => setDraft((d) => ({ ...d, intro: e.target.value }))}
          />
        </div>
        <div className="compact-field">
          <label htmlFor="wording-outro">{p.words.closing}</label>
          <textarea
            id="wording-outro"
            name="outro"
            maxLength={1000}
            value={draft.outro}
            onChange={(e) => setDraft((d) => ({ ...d, outro: e.target.value }))}
          />
        </div>
      </ActionForm>
      {problem ? (
        <div data-testid="wording-problem">
          <ActionOutcome state={problem} />
        </div>
      ) : null}
      <h3>{p.words.livePreview}</h3>
      <iframe
        title={p.words.livePreview}
        sandbox=""
        srcDoc={html}
        data-testid="wording-preview"
        style={{ width: "100%", height: 520, border: "1px solid #d1d5db" }}
      />
    </section>
  );
}
