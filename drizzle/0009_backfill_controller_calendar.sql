-- Custom SQL migration file, put your code below! --
-- Requests filed before the jurisdiction model were counted in their jurisdiction's own calendar (its
-- holidays and its default time zone, lib/domain/deadline/residences.ts as of this migration). Record
-- that calendar as their controller's, so that no existing due date, receipt date or "today" moves.
-- A code outside the table was counted in UTC.
UPDATE "requests" AS r
SET "controller_country" = upper(btrim(r."jurisdiction")),
    "controller_time_zone" = coalesce(z.zone, 'UTC')
FROM "requests" AS s
LEFT JOIN (VALUES
    ('AT', 'Europe/Vienna'),
    ('BE', 'Europe/Brussels'),
    ('BG', 'Europe/Sofia'),
    ('HR', 'Europe/Zagreb'),
    ('CY', 'Asia/Nicosia'),
    ('CZ', 'Europe/Prague'),
    ('DK', 'Europe/Copenhagen'),
    ('EE', 'Europe/Tallinn'),
    ('FI', 'Europe/Helsinki'),
    ('FR', 'Europe/Paris'),
    ('DE', 'Europe/Berlin'),
    ('GR', 'Europe/Athens'),
    ('HU', 'Europe/Budapest'),
    ('IE', 'Europe/Dublin'),
    ('IT', 'Europe/Rome'),
    ('LV', 'Europe/Riga'),
    ('LT', 'Europe/Vilnius'),
    ('LU', 'Europe/Luxembourg'),
    ('MT', 'Europe/Malta'),
    ('NL', 'Europe/Amsterdam'),
    ('PL', 'Europe/Warsaw'),
    ('PT', 'Europe/Lisbon'),
    ('RO', 'Europe/Bucharest'),
    ('SK', 'Europe/Bratislava'),
    ('SI', 'Europe/Ljubljana'),
    ('ES', 'Europe/Madrid'),
    ('SE', 'Europe/Stockholm'),
    ('IS', 'Atlantic/Reykjavik'),
    ('LI', 'Europe/Vaduz'),
    ('NO', 'Europe/Oslo'),
    ('GB', 'Europe/London'),
    ('US-CA', 'America/Los_Angeles'),
    ('BR', 'America/Sao_Paulo'),
    ('CA', 'America/Toronto'),
    ('CH', 'Europe/Zurich')
) AS z(code, zone) ON z.code = upper(btrim(s."jurisdiction"))
WHERE s."id" = r."id" AND r."controller_country" IS NULL;
