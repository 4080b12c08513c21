import type { systemsEn } from "./systems-en";

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

/** The systems list and the mail templates page, in French (same keys as systems-en.ts, checked by the type). */
export const systemsFr: Shape<typeof systemsEn> = {
  systemsAdmin: {
    title: "Systèmes",
    intro:
      "Les demandes sont traitées dans les systèmes activés ; le rapport d’accès cite les informations de registre de chaque système activé (finalités, catégories de données, destinataires, conservation, source).",
    none: "Aucun système n’est encore enregistré.",
    tableLabel: "Systèmes",
    columns: {
      name: "Nom",
      key: "Clé",
      kind: "Type",
      status: "État",
      capabilities: "Capacités",
      lastTest: "Dernier test de connexion",
      actions: "Actions",
    },
    editRegister: "Modifier le registre",
    capabilities: {
      collect: "collecter",
      erase: "effacer",
      rectify: "rectifier",
      restrict: "limiter",
      stopMarketing: "arrêter la prospection",
      optOutSale: "opposition à la vente/au partage",
      limitSensitive: "limitation des données sensibles",
      optOutTargetedAds: "refus de la publicité ciblée",
      optOutProfiling: "refus du profilage",
      optOutSensitive: "refus du traitement des données sensibles",
    },
    capabilitiesOf: "Capacités de {name}",
    noCapability: "aucune",
    configError: "Erreur de configuration : {error}",
    ok: "OK",
    failed: "échec",
    neverTested: "jamais testé",
    testPassed: "Connexion réussie : {message}",
    testFailed: "Échec de la connexion : {message}",
    enabledDone: "Activé.",
    disabledDone: "Désactivé.",
    enabled: "activé",
    disabled: "désactivé",
    test: "Tester la connexion",
    testing: "Test…",
    testLabel: "Tester la connexion à {name}",
    enable: "Activer",
    disable: "Désactiver",
    enableLabel: "Activer {name}",
    disableLabel: "Désactiver {name}",
    disableConfirm:
      "Désactiver {name} ? Les nouvelles étapes d’exécution l’ignorent et le rapport d’accès cesse de citer ses informations de registre.",
    enableConfirm:
      "Activer {name} ? Les demandes y seront traitées et le rapport d’accès citera ses informations de registre.",
  },
  templates: {
    title: "Modèles d’e-mails",
    intro: "Données d’exemple ; les vrais e-mails utilisent les données de la demande et la langue de la personne.",
    nav: "Modèles",
    preview: "Aperçu",
    htmlPreview: "Aperçu HTML de {key}",
    plainText: "Texte brut",
    audience: { subject: "personne concernée", staff: "équipe" },
  },
};
