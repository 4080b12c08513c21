import { strFromU8, unzipSync } from "fflate";

/**
 * An access request filed on web A, its package assembled by whichever workers took the step, approved,
 * then downloaded from web B with a download code (the subject's form post): a zip holding the
 * customer's orders. Returns the problems found.
 */
export async function downloadAcross(webA: string, webB: string): Promise<string[]> {
  const fx = await import("../test-support/fulfilment");
  const mailbox = await import("../test-support/mailbox");
  const { verifyByToken } = await import("@/lib/requests/verification/verify-email");
  const { sendDownloadCode } = await import("@/lib/requests/subject/download-codes");
  const { approvePackage } = await import("@/lib/fulfilment/decisions/approve-package");
  const { runTransition } = await import("@/lib/requests/transitions/run-transition");
  const { db, pool } = await import("@/lib/db/client");
  const customer = await fx.freshShopCustomer(2);
  const filed = await fetch(`${webA}/api/v1/requests`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ type: "access", email: customer.email, fullName: "Replica Reader", locale: "en" }),
  });
  if (filed.status !== 202) return [`filing the access request on web A answered ${filed.status}`];
  const { id } = (await filed.json()) as { id: string };
  const link = mailbox.extractLink((await mailbox.waitForMail(customer.email, undefined, 60_000)).text, "/en/verify");
  const { statusToken } = await verifyByToken(new URL(link).searchParams.get("token")!);
  const agent = await fx.testStaff("agent");
  await db().transaction((tx) => runTransition(tx, { requestId: id, actor: agent, action: { type: "start" } }));
  await fx.waitForStep(id, "review_package", "waiting", 120_000);
  await approvePackage(agent.id, { requestId: id, exclusions: [] });
  await fx.waitForRequestStatus(id, "completed", 60_000);
  await sendDownloadCode(statusToken);
  const code = mailbox.extractCode((await mailbox.waitForMail(customer.email, /download code/i, 30_000)).text);
  const res = await fetch(`${webB}/en/status/${encodeURIComponent(statusToken)}/download`, {
    method: "POST",
    body: new URLSearchParams({ code }),
    redirect: "manual",
  });
  if (res.status !== 200) return [`download on web B answered ${res.status} ${res.headers.get("location") ?? ""}`];
  const files = unzipSync(new Uint8Array(await res.arrayBuffer()));
  const problems: string[] = [];
  const data = files["data.json"]
    ? (JSON.parse(strFromU8(files["data.json"])) as { recordSets?: { name: string; rows: unknown[] }[] })
    : undefined;
  const orders = data?.recordSets?.find((r) => r.name === "shop.orders")?.rows.length ?? 0;
  const expected = (
    await pool().query<{ n: number }>("select count(*)::int as n from shop.orders where customer_id = $1", [
      customer.id,
    ])
  ).rows[0]!.n;
  if (orders !== expected)
    problems.push(`the package from web B holds ${orders} of ${expected} orders (${Object.keys(files).join(", ")})`);
  problems.push(...(await purgeOnEither(id)));
  return problems;
}

/**
 * A purge run by any process (here this one, as a third replica would) removes the bytes every replica
 * read and the package's key: no chunk left, the row marked purged without key material.
 */
async function purgeOnEither(requestId: string): Promise<string[]> {
  const { pool } = await import("@/lib/db/client");
  const { purgeExpiredExports } = await import("@/lib/exports/purge-expired");
  await pool().query("update exports set expires_at = now() - interval '1 second' where request_id = $1", [requestId]);
  await purgeExpiredExports();
  const { rows } = await pool().query<{ purged: boolean; key: boolean; chunks: number }>(
    `select e.purged_at is not null as purged, e.key_enc is not null as key,
       (select count(*)::int from export_chunks c where c.export_id = e.id) as chunks
     from exports e where e.request_id = $1`,
    [requestId],
  );
  if (rows.length === 0) return ["no package row to purge"];
  return rows
    .filter((r) => !r.purged || r.key || r.chunks > 0)
    .map((r) => `after the purge: purged ${r.purged}, key kept ${r.key}, ${r.chunks} chunks left`);
}
