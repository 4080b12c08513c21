import { z } from "zod";
import { WEBHOOK_EVENTS } from "@/lib/domain/webhook-events";

/*
 * The webhook management API's shapes (/api/v1/webhooks): the routes validate with them and the
 * OpenAPI document is generated from them. The URL rules and the events are the use cases' own
 * (endpointInput, endpointPatch), so the API and the admin page accept the same things.
 */

const ENDPOINT_ID_EXAMPLE = "0b6f3e2a-58c1-4d7e-9a2b-6c1d0e9f8a7b";

export const endpointIdParams = z.object({
  id: z
    .uuid({ error: "is not an endpoint id" })
    .meta({ description: "The endpoint's id.", example: ENDPOINT_ID_EXAMPLE }),
});

export const deliveryParams = endpointIdParams.extend({
  deliveryId: z
    .string()
    .regex(/^msg_[0-9a-f]{32}$/, "is not a delivery id")
    .meta({
      description: "The delivery's id (its `webhook-id` header).",
      example: "msg_2f1c0d9e8b7a6f5e4d3c2b1a09f8e7d6",
    }),
});

export const createEndpointBody = z
  .object({
    url: z.string({ error: "is required" }).meta({
      description:
        "https:// (plain http and private addresses only when the server allows them); never link-local or metadata addresses.",
      example: "https://crm.example.com/hooks/dsr",
    }),
    description: z.string().optional(),
    events: z.array(z.enum(WEBHOOK_EVENTS)).meta({ description: "The events wanted (at least one)." }),
    includeSubject: z.boolean({ error: "must be true or false" }).optional().meta({
      description: "Whether payloads carry the subject's name, e-mail and account reference (default false).",
    }),
  })
  .strict()
  .meta({ id: "WebhookEndpointCreate" });

export const updateEndpointBody = z
  .object({
    url: z.string().optional(),
    description: z.string().optional(),
    events: z.array(z.enum(WEBHOOK_EVENTS)).optional(),
    includeSubject: z.boolean({ error: "must be true or false" }).optional(),
    enabled: z.boolean({ error: "must be true or false" }).optional().meta({
      description: "false disables; true re-enables (the failure count restarts, waiting deliveries go out).",
    }),
  })
  .strict()
  .meta({ id: "WebhookEndpointUpdate", description: "Only the fields given change." });

export const webhookEndpoint = z
  .object({
    id: z.uuid(),
    url: z.string(),
    description: z.string(),
    events: z.array(z.string()),
    includeSubject: z.boolean(),
    enabled: z.boolean(),
    disabledReason: z.string().nullable(),
    consecutiveFailures: z.number().int(),
    createdAt: z.iso.datetime().meta({ description: "UTC instant." }),
  })
  .meta({ id: "WebhookEndpoint" });

export const endpointList = z.object({ data: z.array(webhookEndpoint) }).meta({ id: "WebhookEndpointList" });
export const endpointOne = z.object({ data: webhookEndpoint }).meta({ id: "WebhookEndpointOne" });
export const endpointCreated = z
  .object({
    data: webhookEndpoint.extend({
      secret: z.string().meta({ description: "The signing secret (whsec_…): shown only in this answer." }),
    }),
  })
  .meta({ id: "WebhookEndpointCreated" });

export const deliveriesQuery = z
  .object({
    cursor: z.string().max(200).optional().meta({ description: "`nextCursor` of the previous page." }),
    limit: z.coerce
      .number({ error: "must be a number" })
      .int("must be a whole number")
      .min(1, "must be at least 1")
      .max(200, "must be at most 200")
      .default(50)
      .meta({ description: "Page size, 1 to 200 (default 50)." }),
  })
  .strict();

export const webhookDelivery = z
  .object({
    id: z.string().meta({ description: "The `webhook-id` header of every attempt." }),
    eventType: z.string(),
    requestId: z.uuid().nullable(),
    status: z.enum(["pending", "sending", "delivered", "failed", "given_up"]),
    attempts: z.number().int(),
    lastStatusCode: z.number().int().nullable(),
    lastError: z.string().nullable(),
    dueAt: z.iso.datetime().meta({ description: "UTC instant of the next attempt (pending or failed)." }),
    deliveredAt: z.iso.datetime().nullable(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: "WebhookDelivery" });

export const deliveryList = z
  .object({
    data: z.array(webhookDelivery),
    nextCursor: z.string().nullable().meta({ description: "Pass as `cursor` for the next page; null on the last." }),
  })
  .meta({ id: "WebhookDeliveryList" });

export const resendResult = z
  .object({ data: z.object({ id: z.string(), status: z.literal("pending") }) })
  .meta({ id: "WebhookResendResult" });
