"use client";

import { useState } from "react";

/**
 * Picks a reply template and writes its filled text into the message box (`targetId`); staff edit it
 * before sending. Without JavaScript the list is inert and the box is typed by hand.
 */
export function ReplyTemplatePicker(p: {
  targetId: string;
  choices: { id: string; name: string; text: string }[];
  words: { pick: string; none: string; insert: string };
}) {
  const [picked, setPicked] = useState("");
  const fillBox = () => {
    const choice = p.choices.find((c) => c.id === picked);
    const box = document.getElementById(p.targetId) as HTMLTextAreaElement | null;
    if (!choice || !box) return;
    box.value = choice.text;
    box.focus();
  };
  return (
    <div className="compact-field reply-template-picker">
      <label htmlFor={`${p.targetId}-template`}>{p.words.pick}</label>
      <div className="inline-actions">
        <select
          id={`${p.targetId}-template`}
          value={picked}
          onChange={(e) => setPicked(e.target.value)}
          data-testid="reply-template-select"
        >
          <option value="">{p.words.none}</option>
          {p.choices.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
        <button type="button" className="secondary" onClick={fillBox} disabled={!picked}>
          {p.words.insert}
        </button>
      </div>
    </div>
  );
}
