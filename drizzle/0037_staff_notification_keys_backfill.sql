-- Custom SQL migration file, put your code below! --
-- ==== custom SQL (keep at the end when regenerating) ====
-- Bell alerts stored before their titles were keys hold English text only (staff_notifications.title,
-- message null), so a French member read them in English. Where the English title is one the code wrote,
-- its key and values are derived from it (the patterns below are the old English sentences); values are
-- turned back into the keys the catalogue renders (a step's or a mail template's words, a recipient's role).
-- Rows no pattern recognises keep message null and are shown by kind in the reader's language
-- (lib/i18n/staff/notification-title.ts). Only rows with no message are touched: running it twice changes nothing.
WITH patterns(ord, key, pattern, names) AS (
  VALUES
    (1, 'gate_review_package', '^(.+): the data package is ready for your review$', ARRAY['reference']),
    (2, 'gate_approve_erasure', '^(.+): an erasure plan awaits the DPO''s approval$', ARRAY['reference']),
    (3, 'gate_approve_changes', '^(.+): proposed corrections await your approval$', ARRAY['reference']),
    (4, 'step_failed', '^(.+): a fulfilment step failed \((.+)\) — retry it from the request$', ARRAY['reference', 'operation']),
    (5, 'step_timed_out', '^(.+): a system did not answer in time \((.+)\) — retry it from the request$', ARRAY['reference', 'operation']),
    (6, 'manual_task', '^(.+): a manual task in (.+) is yours$', ARRAY['reference', 'system']),
    (7, 'complaint_received', '^(.+): complaint received \(acknowledge by (.+)\)$', ARRAY['reference', 'date']),
    (8, 'complaint_ack_due_soon', '^(.+): acknowledge the complaint by (.+)$', ARRAY['reference', 'date']),
    (9, 'complaint_ack_overdue', '^(.+): complaint not acknowledged, due (.+)$', ARRAY['reference', 'date']),
    (10, 'due_in_7', '^(.+) is due within 7 days \((.+)\)$', ARRAY['reference', 'date']),
    (11, 'due_in_3', '^(.+) is due within 3 days \((.+)\)$', ARRAY['reference', 'date']),
    (12, 'due_in_1', '^(.+) is due tomorrow \((.+)\)$', ARRAY['reference', 'date']),
    (13, 'due_today', '^(.+) is due today \((.+)\)$', ARRAY['reference', 'date']),
    (14, 'overdue', '^OVERDUE: (.+) was due on ([0-9]{4}-[0-9]{2}-[0-9]{2})( \([0-9]+ days? ago\))?$', ARRAY['reference', 'date']),
    (15, 'extension_cutoff', '^(.+): finish or extend now — the first deadline is (.+)$', ARRAY['reference', 'date']),
    (16, 'ccpa_acknowledgement', '^(.+): CCPA receipt confirmation not delivered yet$', ARRAY['reference']),
    (17, 'unassigned', '^(.+) has had no assignee for 2 business days$', ARRAY['reference']),
    (18, 'mail_uncertain', '^A (.+?) to the (.+) may not have been sent: check and resend it from the request''s mails$', ARRAY['template', 'recipientRole']),
    (19, 'mail_given_up', '^A (.+?) to the (.+) could not be sent for ([0-9]+) days: resend it from the request''s mails$', ARRAY['template', 'recipientRole', 'days']),
    (20, 'sign_in_locked_account_address', '^Sign-in locked for the account (.+) from one client address after ([0-9]+) failed attempts \(([0-9]+) min\)$', ARRAY['email', 'failures', 'minutes']),
    (21, 'sign_in_locked_unknown_address', '^Sign-in locked for an unknown e-mail address from one client address after ([0-9]+) failed attempts \(([0-9]+) min\)$', ARRAY['failures', 'minutes']),
    (22, 'sign_in_locked_account', '^Sign-in locked for the account (.+) after ([0-9]+) failed attempts \(([0-9]+) min\)$', ARRAY['email', 'failures', 'minutes']),
    (23, 'sign_in_locked_unknown', '^Sign-in locked for an unknown e-mail address after ([0-9]+) failed attempts \(([0-9]+) min\)$', ARRAY['failures', 'minutes']),
    (24, 'sign_in_locked_ip', '^Sign-in locked for one client address after ([0-9]+) failed attempts \(([0-9]+) min\)$', ARRAY['failures', 'minutes']),
    (25, 'webhook_given_up', '^Webhook endpoint (.+) was disabled: a delivery failed on every attempt for ([0-9.]+) h\. Fix it, then re-enable it in Admin › Webhooks\.$', ARRAY['host', 'hours']),
    (26, 'webhook_failures', '^Webhook endpoint (.+?) was disabled: ([0-9]+) attempts failed in a row \(last: (.*)\)\. Fix it, then re-enable it in Admin › Webhooks\.$', ARRAY['host', 'failures', 'error']),
    (27, 'verification_expired', '^(.+) withdrawn: identity never verified \(entered by staff, (.+)\)$', ARRAY['reference', 'channel'])
),
matched AS (
  SELECT DISTINCT ON (n.id) n.id, p.key, p.names, regexp_match(n.title, p.pattern) AS m
  FROM "staff_notifications" n
  JOIN patterns p ON n.title ~ p.pattern
  WHERE n.message IS NULL
  ORDER BY n.id, p.ord
)
UPDATE "staff_notifications" s
SET "message" = jsonb_build_object(
  'key', matched.key,
  'params', (
    SELECT coalesce(jsonb_object_agg(u.name, CASE
      WHEN u.name IN ('operation', 'template') THEN replace(u.val, ' ', '_')
      WHEN u.name = 'recipientRole' THEN CASE u.val
        WHEN 'Art. 19 recipient' THEN 'recipient'
        WHEN 'authorised agent' THEN 'agent'
        ELSE u.val END
      ELSE u.val END), '{}'::jsonb)
    FROM unnest(matched.names, matched.m[1:cardinality(matched.names)]) AS u(name, val)
  )
)
FROM matched
WHERE s.id = matched.id;
