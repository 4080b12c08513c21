import { parseDataset } from "./config";

/** The demo shop (schema `shop`, created by the seed): what is personal data, how it is erased, what is kept. */
export const demoShopDataset = parseDataset({
  key: "demo-shop",
  description: "Online shop: customers, addresses, orders, newsletter, support",
  tables: [
    {
      name: "shop.customers",
      category: "Customer account",
      title: { en: "Your customer account", fr: "Votre compte client" },
      providedBySubject: true,
      identity: { email: "email", accountId: "id" },
      restrictionFlag: "restricted_at",
      marketingFlag: "marketing_opt_in",
      fields: {
        id: { category: "Identifier", erasure: "keep", label: { en: "Customer number", fr: "Numéro de client" } },
        email: {
          category: "Contact details",
          erasure: "hash",
          rectifiable: true,
          label: { en: "E-mail address", fr: "Adresse e-mail" },
        },
        first_name: {
          category: "Identity",
          erasure: { fixed: "erased" },
          rectifiable: true,
          label: { en: "First name", fr: "Prénom" },
        },
        last_name: {
          category: "Identity",
          erasure: { fixed: "erased" },
          rectifiable: true,
          label: { en: "Last name", fr: "Nom" },
        },
        phone: {
          category: "Contact details",
          erasure: "null",
          rectifiable: true,
          label: { en: "Phone", fr: "Téléphone" },
        },
        birth_date: {
          category: "Identity",
          erasure: "null",
          rectifiable: true,
          label: { en: "Date of birth", fr: "Date de naissance" },
          format: "date",
        },
        marketing_opt_in: {
          category: "Marketing preferences",
          erasure: "keep",
          label: { en: "Agreed to marketing", fr: "Accord pour la prospection" },
          format: "boolean",
        },
        created_at: {
          category: "Account history",
          erasure: "keep",
          label: { en: "Created on", fr: "Créé le" },
          format: "datetime",
        },
      },
    },
    {
      name: "shop.addresses",
      category: "Addresses",
      title: { en: "Your addresses", fr: "Vos adresses" },
      providedBySubject: true,
      via: { column: "customer_id", parent: "shop.customers" },
      fields: {
        kind: { category: "Addresses", erasure: "keep", label: { en: "Address type", fr: "Type d'adresse" } },
        line1: { category: "Addresses", erasure: "delete", rectifiable: true, label: { en: "Street", fr: "Rue" } },
        postcode: {
          category: "Addresses",
          erasure: "delete",
          rectifiable: true,
          label: { en: "Postcode", fr: "Code postal" },
        },
        city: { category: "Addresses", erasure: "delete", rectifiable: true, label: { en: "City", fr: "Ville" } },
        country: { category: "Addresses", erasure: "delete", label: { en: "Country", fr: "Pays" } },
      },
    },
    {
      name: "shop.orders",
      category: "Orders and invoices",
      title: { en: "Your orders", fr: "Vos commandes" },
      via: { column: "customer_id", parent: "shop.customers" },
      legalHold: {
        exemption: "Art. 17(3)(b) GDPR — legal obligation",
        reason:
          "Orders and invoices are kept 10 years under accounting law (French Commercial Code, art. L123-22); the buyer's name and address are removed.",
      },
      fields: {
        placed_at: {
          category: "Orders and invoices",
          erasure: "keep",
          label: { en: "Ordered on", fr: "Commandé le" },
          format: "datetime",
        },
        status: { category: "Orders and invoices", erasure: "keep", label: { en: "Status", fr: "Statut" } },
        total_cents: {
          category: "Orders and invoices",
          erasure: "keep",
          label: { en: "Total", fr: "Total" },
          format: "money_cents",
        },
        currency: { category: "Orders and invoices", erasure: "keep", label: { en: "Currency", fr: "Devise" } },
        shipping_name: {
          category: "Identity",
          erasure: { fixed: "erased" },
          label: { en: "Delivery name", fr: "Nom de livraison" },
        },
        shipping_address: {
          category: "Addresses",
          erasure: "null",
          label: { en: "Delivery address", fr: "Adresse de livraison" },
        },
      },
    },
    {
      name: "shop.order_items",
      category: "Orders and invoices",
      title: { en: "Items of your orders", fr: "Articles de vos commandes" },
      via: { column: "order_id", parent: "shop.orders" },
      legalHold: {
        exemption: "Art. 17(3)(b) GDPR — legal obligation",
        reason: "Invoice lines are kept 10 years under accounting law.",
      },
      fields: {
        sku: {
          category: "Orders and invoices",
          erasure: "keep",
          label: { en: "Product code", fr: "Référence produit" },
        },
        product_name: { category: "Orders and invoices", erasure: "keep", label: { en: "Product", fr: "Produit" } },
        quantity: { category: "Orders and invoices", erasure: "keep", label: { en: "Quantity", fr: "Quantité" } },
        unit_price_cents: {
          category: "Orders and invoices",
          erasure: "keep",
          label: { en: "Unit price", fr: "Prix unitaire" },
          format: "money_cents",
        },
      },
    },
    {
      name: "shop.newsletter_subscriptions",
      category: "Marketing",
      title: { en: "Newsletter subscription", fr: "Abonnement à la lettre d'information" },
      providedBySubject: true,
      identity: { email: "email" },
      fields: {
        email: {
          category: "Contact details",
          erasure: "delete",
          label: { en: "E-mail address", fr: "Adresse e-mail" },
        },
        subscribed_at: {
          category: "Marketing",
          erasure: "delete",
          label: { en: "Subscribed on", fr: "Inscrit le" },
          format: "datetime",
        },
        unsubscribed_at: {
          category: "Marketing",
          erasure: "delete",
          label: { en: "Unsubscribed on", fr: "Désinscrit le" },
          format: "datetime",
        },
      },
    },
    {
      name: "shop.support_tickets",
      category: "Customer service",
      title: { en: "Messages to customer service", fr: "Messages au service client" },
      providedBySubject: true,
      via: { column: "customer_id", parent: "shop.customers" },
      fields: {
        subject: { category: "Customer service", erasure: "delete", label: { en: "Subject", fr: "Objet" } },
        body: { category: "Customer service", erasure: "delete", label: { en: "Message", fr: "Message" } },
        created_at: {
          category: "Customer service",
          erasure: "delete",
          label: { en: "Sent on", fr: "Envoyé le" },
          format: "datetime",
        },
      },
    },
  ],
});
