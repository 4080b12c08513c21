import type { z } from "zod";
import type { Operator } from "@/lib/auth/operator";
import { DomainError } from "@/lib/domain/errors";
import type { createEndpointBody, deliveriesQuery, updateEndpointBody } from "./api-schemas";
import { deleteEndpoint, updateEndpoint } from "./edit-endpoint";
import { findEndpoint, listDeliveries, type DeliveryCursor, type EndpointView } from "./endpoint-reads";
import { createEndpoint, listEndpoints, resendDelivery } from "./endpoints";

/*
 * The webhook management API (/api/v1/webhooks): the admin page's use cases with an API key as the
 * operator, answered as JSON (instants as UTC ISO strings).
 */

const notFound = () => new DomainError("not_found", "This webhook endpoint does not exist.");

function toJson(e: EndpointView) {
  return { ...e, createdAt: e.createdAt.toISOString() };
}

export async function listEndpointsForApi() {
  return { data: (await listEndpoints()).map(toJson) };
}

export async function getEndpointForApi(endpointId: string) {
  const e = await findEndpoint(endpointId);
  if (!e) throw notFound();
  return { data: toJson(e) };
}

export async function createEndpointForApi(input: z.infer<typeof createEndpointBody>, by: Operator) {
  const { id, secret } = await createEndpoint({ by, input });
  return { data: { ...(await getEndpointForApi(id)).data, secret } };
}

export async function updateEndpointForApi(
  endpointId: string,
  patch: z.infer<typeof updateEndpointBody>,
  by: Operator,
) {
  await updateEndpoint({ by, endpointId, patch });
  return getEndpointForApi(endpointId);
}

export async function deleteEndpointForApi(endpointId: string, by: Operator) {
  await deleteEndpoint({ by, endpointId });
  return null;
}

function decode(cursor: string): DeliveryCursor {
  try {
    const [createdAt, id] = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as unknown[];
    if (typeof createdAt === "string" && typeof id === "string" && !Number.isNaN(Date.parse(createdAt)))
      return { createdAt, id };
  } catch {
    // falls through to the 400 below
  }
  throw new DomainError("invalid_request", "The cursor is not one this API returned.", {
    cursor: "is not a cursor returned by this API",
  });
}

export async function listDeliveriesForApi(endpointId: string, q: z.infer<typeof deliveriesQuery>) {
  await getEndpointForApi(endpointId);
  const { page, next } = await listDeliveries({
    endpointId,
    limit: q.limit,
    after: q.cursor ? decode(q.cursor) : undefined,
  });
  return {
    data: page.map((d) => ({
      ...d,
      dueAt: d.dueAt.toISOString(),
      deliveredAt: d.deliveredAt?.toISOString() ?? null,
      createdAt: d.createdAt.toISOString(),
    })),
    nextCursor: next ? Buffer.from(JSON.stringify([next.createdAt, next.id])).toString("base64url") : null,
  };
}

export async function resendDeliveryForApi(endpointId: string, deliveryId: string, by: Operator) {
  await resendDelivery({ by, endpointId, deliveryId });
  return { data: { id: deliveryId, status: "pending" as const } };
}
