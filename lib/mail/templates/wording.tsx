import { Text } from "@react-email/components";
import { Fragment } from "react";
import type { Branding } from "@/lib/branding/config";

/** The free paragraphs an admin may word for a mail (lib/mail/wording-input.ts validates them). */
export const WORDING_SLOTS = ["intro", "outro"] as const;
export type WordingSlot = (typeof WORDING_SLOTS)[number];
export type MailWording = Partial<Record<WordingSlot, string | null>>;

/**
 * The brand as the layout receives it, with the admin's wording of this mail riding along: every
 * template hands its brand to the layout unchanged, so the slots reach it without each template (or a
 * React context, which the server-component build refuses) knowing about them.
 */
export type WordedBrand = Branding & { wording?: MailWording | null };

const style = { fontSize: "15px", lineHeight: "22px", color: "#111827", margin: "0 0 14px" };

/**
 * One admin-worded paragraph, where the layout puts it (after the greeting, before the signature):
 * plain text escaped by React, line breaks kept; nothing when the slot is not worded.
 */
export function WordingParagraph({ brand, slot }: { brand: WordedBrand; slot: WordingSlot }) {
  const text = brand.wording?.[slot]?.trim();
  if (!text) return null;
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  return (
    <Text style={style}>
      {lines.map((line, i) => (
        <Fragment key={i}>
          {i > 0 && <br />}
          {line}
        </Fragment>
      ))}
    </Text>
  );
}
