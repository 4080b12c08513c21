export const en = {
  portal: {
    title: "Your privacy rights",
    lead: "Ask us what we hold about you, correct it, erase it, take it elsewhere, limit or stop how we use it. We answer within the legal time limit — usually one month.",
    language: "Language",
    privacyPolicy: "Privacy policy",
    dpoContact: "Data Protection Officer",
    timeLimit: "We answer within one month of receipt; for complex requests we may extend by two more months and will tell you why.",
    rights: {
      access: { title: "See your data", body: "Get a copy of the personal data we hold about you, why we use it, who receives it and how long we keep it." },
      rectification: { title: "Correct your data", body: "Tell us what is wrong or incomplete and what it should be." },
      erasure: { title: "Erase your data", body: "Ask us to delete your data. We tell you what we erased and what the law makes us keep, and why." },
      portability: { title: "Take your data with you", body: "Receive the data you gave us in a machine-readable file (JSON and CSV)." },
      restriction: { title: "Limit how we use your data", body: "Ask us to keep your data but stop using it, for example while its accuracy is checked." },
      objection: { title: "Object / stop marketing", body: "Stop direct marketing at once, or object to other uses of your data." },
    },
  },
} as const;
