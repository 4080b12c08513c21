import type { Locale } from "@/lib/domain/locale";

/**
 * The words of the portal's 404 and error pages. A file of their own: those pages render in the browser
 * (Next gives them no params), and importing the whole portal catalogue there would ship it to every visitor.
 */
const en = {
  notFoundTitle: "Page not found",
  notFoundBody: "This page does not exist, or the link is incomplete.",
  home: "See the rights you can exercise",
  lostLink: "Lost the link to your request?",
  errorTitle: "Something went wrong on our side",
  errorBody: "Your request was not lost if you had already sent it. Please try again in a moment.",
  retry: "Try again",
  errorReference: "Error reference",
};

const fr: typeof en = {
  notFoundTitle: "Page introuvable",
  notFoundBody: "Cette page n'existe pas, ou le lien est incomplet.",
  home: "Voir les droits que vous pouvez exercer",
  lostLink: "Vous avez perdu le lien de votre demande ?",
  errorTitle: "Une erreur s'est produite de notre côté",
  errorBody: "Si vous aviez déjà envoyé votre demande, elle n'est pas perdue. Réessayez dans un instant.",
  retry: "Réessayer",
  errorReference: "Référence de l'erreur",
};

export type PortalErrorWords = typeof en;

export function portalErrorWords(locale: Locale): PortalErrorWords {
  return locale === "fr" ? fr : en;
}
