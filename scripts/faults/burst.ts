import { randomBytes } from "node:crypto";

/** What a burst of intake submissions got back. */
export interface BurstResult {
  sent: number;
  /** 202 answers: the address of each accepted submission with the id the API returned. */
  accepted: { email: string; id: string }[];
  unavailable: number;
  /** 503 answers that lacked Retry-After (must be 0). */
  unavailableWithoutRetryAfter: number;
  /** 500 and any 5xx other than 503 (must be 0), with a sample of their bodies. */
  serverErrors: number;
  serverErrorSamples: string[];
  /** Other answers (4xx) by status. */
  other: Record<number, number>;
  /** Connection refused / reset / timed out: the web was not serving (must be 0). */
  networkErrors: number;
  networkErrorSamples: string[];
  /** When each answer came (ms since the epoch) and its status (0: no server). */
  answers: { at: number; status: number }[];
}

/**
 * POSTs `count` intake submissions to `baseUrls` (round robin) with `concurrency` in flight, spread over
 * at least `spreadMs` so a fault injected meanwhile lands in the middle of the burst. Each submission
 * has its own address (`f-<tag>-<n>-<random>@faults.test`), so mails can be counted by recipient.
 */
export async function burst(opts: {
  baseUrls: string[];
  tag: string;
  count: number;
  concurrency?: number;
  spreadMs?: number;
}): Promise<BurstResult> {
  const result: BurstResult = {
    sent: 0,
    accepted: [],
    unavailable: 0,
    unavailableWithoutRetryAfter: 0,
    serverErrors: 0,
    serverErrorSamples: [],
    other: {},
    networkErrors: 0,
    networkErrorSamples: [],
    answers: [],
  };
  const salt = randomBytes(3).toString("hex");
  const began = Date.now();
  const gapMs = (opts.spreadMs ?? 0) / opts.count;
  let next = 0;
  const one = async (n: number) => {
    const wait = began + n * gapMs - Date.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    const email = `f-${opts.tag}-${n}-${salt}@faults.test`;
    const base = opts.baseUrls[n % opts.baseUrls.length]!;
    result.sent++;
    try {
      const res = await fetch(`${base}/api/v1/requests`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          type: n % 3 === 0 ? "erasure" : "access",
          email,
          fullName: `Fault Burst ${n}`,
          locale: n % 2 === 0 ? "fr" : "en",
          jurisdiction: "FR",
          details: `fault suite ${opts.tag}`,
        }),
        signal: AbortSignal.timeout(30_000),
      });
      const text = await res.text();
      result.answers.push({ at: Date.now(), status: res.status });
      if (res.status === 202) result.accepted.push({ email, id: (JSON.parse(text) as { id: string }).id });
      else if (res.status === 503) {
        result.unavailable++;
        if (!res.headers.get("retry-after")) result.unavailableWithoutRetryAfter++;
      } else if (res.status >= 500) {
        result.serverErrors++;
        if (result.serverErrorSamples.length < 3) result.serverErrorSamples.push(`${res.status} ${text.slice(0, 200)}`);
      } else result.other[res.status] = (result.other[res.status] ?? 0) + 1;
    } catch (err) {
      result.answers.push({ at: Date.now(), status: 0 });
      result.networkErrors++;
      const cause = (err as { cause?: { code?: string } }).cause?.code;
      if (result.networkErrorSamples.length < 3) result.networkErrorSamples.push(cause ?? (err as Error).message);
    }
  };
  const lanes = Array.from({ length: opts.concurrency ?? 8 }, async () => {
    while (next < opts.count) await one(next++);
  });
  await Promise.all(lanes);
  return result;
}
