/**
 * The demo shop: a stand-in for the company's own systems, in its own schema `shop`. The app does
 * not own it (no drizzle migration); the fulfilment connectors read and change it like any foreign
 * database. `restricted_at` and `marketing_opt_in` are the flags restriction and objection set;
 * `sale_opt_out` and `limit_sensitive` the CCPA opt-outs; `targeted_ads_opt_out`, `profiling_opt_out` and
 * `sensitive_opt_out` the other US states' (targeted advertising, profiling, Utah's and Iowa's sensitive data).
 */
export const SHOP_SCHEMA_SQL = `
drop schema if exists shop cascade;
create schema shop;
create table shop.customers (
  id serial primary key,
  email text not null unique,
  first_name text not null,
  last_name text not null,
  phone text,
  birth_date date,
  marketing_opt_in boolean not null default false,
  restricted_at timestamptz,
  sale_opt_out boolean not null default false,
  limit_sensitive boolean not null default false,
  targeted_ads_opt_out boolean not null default false,
  profiling_opt_out boolean not null default false,
  sensitive_opt_out boolean not null default false,
  created_at timestamptz not null
);
create table shop.addresses (
  id serial primary key,
  customer_id int not null references shop.customers(id) on delete cascade,
  kind text not null,
  line1 text not null,
  postcode text not null,
  city text not null,
  country text not null
);
create index on shop.addresses (customer_id);
create table shop.orders (
  id serial primary key,
  customer_id int references shop.customers(id) on delete set null,
  placed_at timestamptz not null,
  status text not null,
  total_cents int not null,
  currency text not null default 'EUR',
  shipping_name text,
  shipping_address text
);
create index on shop.orders (customer_id);
create table shop.order_items (
  id serial primary key,
  order_id int not null references shop.orders(id) on delete cascade,
  sku text not null,
  product_name text not null,
  quantity int not null,
  unit_price_cents int not null
);
create index on shop.order_items (order_id);
create table shop.newsletter_subscriptions (
  id serial primary key,
  email text not null unique,
  customer_id int references shop.customers(id) on delete set null,
  subscribed_at timestamptz not null,
  unsubscribed_at timestamptz
);
create table shop.support_tickets (
  id serial primary key,
  customer_id int references shop.customers(id) on delete set null,
  subject text not null,
  body text not null,
  created_at timestamptz not null
);
create index on shop.support_tickets (customer_id);
`;
