import { parseDataset } from "./config";

/** The demo shop (schema `shop`, created by the seed): what is personal data, how it is erased, what is kept. */
export const demoShopDataset = parseDataset({
  key: "demo-shop",
  description: "Online shop: customers, addresses, orders, newsletter, support",
  tables: [
    {
      name: "shop.customers",
      category: "Customer account",
      providedBySubject: true,
      identity: { email: "email", accountId: "id" },
      restrictionFlag: "restricted_at",
      marketingFlag: "marketing_opt_in",
      fields: {
        id: { category: "Identifier", erasure: "keep" },
        email: { category: "Contact details", erasure: "hash", rectifiable: true },
        first_name: { category: "Identity", erasure: { fixed: "erased" }, rectifiable: true },
        last_name: { category: "Identity", erasure: { fixed: "erased" }, rectifiable: true },
        phone: { category: "Contact details", erasure: "null", rectifiable: true },
        birth_date: { category: "Identity", erasure: "null", rectifiable: true },
        marketing_opt_in: { category: "Marketing preferences", erasure: "keep" },
        created_at: { category: "Account history", erasure: "keep" },
      },
    },
    {
      name: "shop.addresses",
      category: "Addresses",
      providedBySubject: true,
      via: { column: "customer_id", parent: "shop.customers" },
      fields: {
        kind: { category: "Addresses", erasure: "keep" },
        line1: { category: "Addresses", erasure: "delete", rectifiable: true },
        postcode: { category: "Addresses", erasure: "delete", rectifiable: true },
        city: { category: "Addresses", erasure: "delete", rectifiable: true },
        country: { category: "Addresses", erasure: "delete" },
      },
    },
    {
      name: "shop.orders",
      category: "Orders and invoices",
      via: { column: "customer_id", parent: "shop.customers" },
      legalHold: {
        exemption: "Art. 17(3)(b) GDPR — legal obligation",
        reason:
          "Orders and invoices are kept 10 years under accounting law (French Commercial Code, art. L123-22); the buyer's name and address are removed.",
      },
      fields: {
        placed_at: { category: "Orders and invoices", erasure: "keep" },
        status: { category: "Orders and invoices", erasure: "keep" },
        total_cents: { category: "Orders and invoices", erasure: "keep" },
        currency: { category: "Orders and invoices", erasure: "keep" },
        shipping_name: { category: "Identity", erasure: { fixed: "erased" } },
        shipping_address: { category: "Addresses", erasure: "null" },
      },
    },
    {
      name: "shop.order_items",
      category: "Orders and invoices",
      via: { column: "order_id", parent: "shop.orders" },
      legalHold: {
        exemption: "Art. 17(3)(b) GDPR — legal obligation",
        reason: "Invoice lines are kept 10 years under accounting law.",
      },
      fields: {
        sku: { category: "Orders and invoices", erasure: "keep" },
        product_name: { category: "Orders and invoices", erasure: "keep" },
        quantity: { category: "Orders and invoices", erasure: "keep" },
        unit_price_cents: { category: "Orders and invoices", erasure: "keep" },
      },
    },
    {
      name: "shop.newsletter_subscriptions",
      category: "Marketing",
      providedBySubject: true,
      identity: { email: "email" },
      fields: {
        email: { category: "Contact details", erasure: "delete" },
        subscribed_at: { category: "Marketing", erasure: "delete" },
        unsubscribed_at: { category: "Marketing", erasure: "delete" },
      },
    },
    {
      name: "shop.support_tickets",
      category: "Customer service",
      providedBySubject: true,
      via: { column: "customer_id", parent: "shop.customers" },
      fields: {
        subject: { category: "Customer service", erasure: "delete" },
        body: { category: "Customer service", erasure: "delete" },
        created_at: { category: "Customer service", erasure: "delete" },
      },
    },
  ],
});
