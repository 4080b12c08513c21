import { US_STATE_LAWS, usStateRegime } from "@/lib/domain/us-states";

/**
 * How long a closed request's record keeps its subject data: the longest record period of its regime.
 * CCPA §7101 and Colorado Rule 6.11 require the request record for 24 months; the GDPR sets no period
 * (Art. 5(1)(e): no longer than necessary; Art. 5(2): be able to show what was done), so the product
 * default is the same 24 months. Both are configurable: RETENTION_MONTHS, RETENTION_MONTHS_BY_REGIME.
 */
export interface RetentionPolicy {
  defaultMonths: number;
  byRegime: Record<string, number>;
}

/**
 * The record periods the law itself sets, per regime: CCPA 11 CCR § 7101(a) (24 months) and each US
 * state's record (lib/domain/us-states: Colorado 4 CCR 904-3 Rule 6.11, 24 months). A configured period
 * shorter than these is raised to them: records of requests and appeals are kept for the longest period
 * the applicable regime requires.
 */
export function legalRecordMonths(): Record<string, number> {
  const out: Record<string, number> = { CCPA: 24 };
  for (const law of Object.values(US_STATE_LAWS))
    if (law.recordMonths.value !== null) out[usStateRegime(law.state)] = law.recordMonths.value;
  return out;
}

/** The configured policy with every regime's legal minimum applied (never shortened by configuration). */
export function withLegalMinimums(policy: RetentionPolicy, minimums = legalRecordMonths()): RetentionPolicy {
  const byRegime = { ...policy.byRegime };
  for (const [regime, months] of Object.entries(minimums)) {
    const configured = byRegime[regime] ?? policy.defaultMonths;
    if (configured < months || byRegime[regime] !== undefined) byRegime[regime] = Math.max(configured, months);
  }
  return { defaultMonths: policy.defaultMonths, byRegime };
}

/** Parses "CCPA:24,GDPR:36" (validated by lib/env.ts). */
export function parseRetentionByRegime(spec: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const part of spec.split(",")) {
    const [regime, months] = part.split(":").map((s) => s.trim());
    if (regime && months) out[regime] = Number(months);
  }
  return out;
}

/** The instant before which a request of `months` record period must have closed to be minimised now. */
export function closedBefore(now: Date, months: number): Date {
  const d = new Date(now.getTime());
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() - months);
  // Same day of the month, or the month's last day (31 March minus one month is 28/29 February).
  const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, last));
  return d;
}

/** One group per distinct period: the regimes with their own period, then every other regime. */
export function retentionGroups(
  policy: RetentionPolicy,
  now: Date,
): { closedBefore: Date; months: number; regimes?: string[]; exceptRegimes?: string[] }[] {
  const own = Object.entries(policy.byRegime);
  return [
    ...own.map(([regime, months]) => ({ closedBefore: closedBefore(now, months), months, regimes: [regime] })),
    {
      closedBefore: closedBefore(now, policy.defaultMonths),
      months: policy.defaultMonths,
      exceptRegimes: own.map(([r]) => r),
    },
  ];
}
