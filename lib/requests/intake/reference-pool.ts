import type { Pool } from "pg";
import type { Database } from "@/lib/db/client";

/** How many reference numbers one refill draws from the sequence. */
const BLOCK = 64;

const REFILL = {
  name: "dsr_reference_block",
  text: "select nextval('request_reference_seq')::text as n from generate_series(1, $1::int)",
};

type PoolState = { numbers: number[]; refill: Promise<void> | null };
const pools = new WeakMap<Database, PoolState>();

/**
 * The next request reference number, from a block this process drew from `request_reference_seq` (one
 * round trip per BLOCK intakes, instead of one per intake): the public intake needs its number before its
 * only statement, because the reference is part of the sealed verification mail. Numbers stay unique
 * (each comes from the sequence once); like any sequence number they may leave gaps (a block not used
 * up when the process stops), and two web processes hand out interleaved blocks, so references of
 * requests filed in the same second are not strictly in filing order across processes.
 */
export async function nextPooledReference(database: Database): Promise<number> {
  let state = pools.get(database);
  if (!state) pools.set(database, (state = { numbers: [], refill: null }));
  while (state.numbers.length === 0) {
    state.refill ??= refill(database, state).finally(() => (state.refill = null));
    await state.refill;
  }
  return state.numbers.shift()!;
}

async function refill(database: Database, state: PoolState): Promise<void> {
  const client = (database as Database & { $client: Pool }).$client;
  const { rows } = await client.query<{ n: string }>({ ...REFILL, values: [BLOCK] });
  state.numbers.push(...rows.map((r) => Number(r.n)).sort((a, b) => a - b));
}
