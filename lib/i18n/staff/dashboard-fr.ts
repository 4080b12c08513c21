import type { dashboardEn } from "./dashboard-en";

export const dashboardFr: typeof dashboardEn = {
  dashboard: {
    title: "Tableau de bord",
    updated: "Mis à jour à {time} · actualisé toutes les {seconds} s",
    keyFigures: "Chiffres clés",
    kpis: {
      open: "Ouvertes",
      overdue: "En retard",
      dueWithin7: "Échéance sous 7 jours",
      unassigned: "Non attribuées",
      medianDays: "Jours médians de traitement (90 j)",
      onTime: "Dans les délais (90 j)",
    },
    overdueTitle: "En retard",
    nothingOverdue: "Rien n'est en retard. Pourvu que ça dure.",
    columns: {
      reference: "Référence",
      type: "Type",
      due: "Échéance",
      daysOverdue: "Jours de retard",
      assignee: "Responsable",
      open: "Ouvertes",
      overdue: "En retard",
      dueWithin7: "Échéance sous 7 jours",
    },
    unassigned: "non attribuée",
    workload: "Charge par responsable",
    noOpen: "Aucune demande ouverte.",
    volume: "Demandes par mois, par type",
    onTimeTitle: "Réponses dans les délais, par mois",
    noVolume: "Aucune demande ces 12 derniers mois.",
    noClosed: "Aucune demande close ces 12 derniers mois.",
    onTimeSeries: "dans les délais %",
    monthsZone: "Mois civils du fuseau {zone}",
    closedSeries: "closes",
  },
};
