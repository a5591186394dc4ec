"""Schema step 5: records name their entity; no business UNIQUE or foreign key in derived tables; conflicts.

Released: never edit it; add a new step."""

NUMBER = 5
TITLE = 'records name their entity; no business UNIQUE or foreign key in derived tables; conflicts'
CHANGE = """
-- the entity a record belongs to ('p:<parcel code>', 'h:<household code>', 'r:<round id>',
-- 's:<site id>', 'c:<conflict id>'): one entity's records are replayed on their own when one of
-- them arrives late from another site
ALTER TABLE record ADD COLUMN entity TEXT NOT NULL DEFAULT '';
UPDATE record SET entity = coalesce(CASE
    WHEN kind IN ('household.created', 'household.updated', 'household.removed')
        THEN 'h:' || json_extract(payload, '$.code')
    WHEN kind IN ('round.created', 'round.updated') THEN 'r:' || json_extract(payload, '$.id')
    WHEN kind IN ('parcel.added', 'parcel.updated', 'parcel.cancelled', 'parcel.received',
                  'parcel.surplus', 'parcel.damaged', 'parcel.receipt_undone')
        THEN 'p:' || json_extract(payload, '$.code')
    WHEN kind = 'handover.made' THEN 'p:' || json_extract(payload, '$.parcel_code')
    WHEN kind = 'handover.voided' THEN 'p:' || (SELECT h.parcel_code FROM handover AS h
                                                WHERE h.id = json_extract(record.payload, '$.handover_id'))
    WHEN kind = 'site.initialized' THEN 's:' || json_extract(payload, '$.site_id')
END, '');
CREATE INDEX ix_record_entity ON record (entity, hlc, site_id, seq);
-- two sites may name a round alike: both rounds exist (no UNIQUE on the name)
CREATE TABLE round_v5 (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    date TEXT NOT NULL,
    item TEXT NOT NULL DEFAULT '',
    price_cents INTEGER NOT NULL DEFAULT 0,
    default_payment TEXT NOT NULL DEFAULT 'prepaid',
    supplier TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    site_id TEXT NOT NULL,
    created_hlc INTEGER NOT NULL DEFAULT 0,
    updated_hlc INTEGER NOT NULL DEFAULT 0
);
INSERT INTO round_v5 SELECT id, name, kind, date, item, price_cents, default_payment, supplier,
    notes, site_id, created_hlc, updated_hlc FROM round;
DROP TABLE round;
ALTER TABLE round_v5 RENAME TO round;
CREATE INDEX ix_round_name ON round (name);
-- a parcel may arrive before its round (no foreign key)
CREATE TABLE parcel_v5 (
    code TEXT PRIMARY KEY,
    round_id TEXT NOT NULL,
    household_code TEXT,
    point_site TEXT NOT NULL DEFAULT '',
    order_no TEXT NOT NULL DEFAULT '',
    recipient TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT '',
    items TEXT NOT NULL DEFAULT '',
    amount_cents INTEGER NOT NULL DEFAULT 0,
    payment TEXT NOT NULL DEFAULT 'paid',
    status TEXT NOT NULL DEFAULT 'expected',
    surplus INTEGER NOT NULL DEFAULT 0,
    note TEXT NOT NULL DEFAULT '',
    received_at TEXT,
    received_by TEXT,
    handover_id TEXT,
    updated_hlc INTEGER NOT NULL DEFAULT 0,
    sort_key TEXT NOT NULL DEFAULT '\uffff',
    entitlement TEXT NOT NULL DEFAULT ''
);
INSERT INTO parcel_v5 SELECT code, round_id, household_code, point_site, order_no, recipient,
    phone, address, items, amount_cents, payment, status, surplus, note, received_at,
    received_by, handover_id, updated_hlc, sort_key, entitlement FROM parcel;
DROP TABLE parcel;
ALTER TABLE parcel_v5 RENAME TO parcel;
CREATE INDEX ix_parcel_household ON parcel (household_code, round_id);
CREATE INDEX ix_parcel_order ON parcel (order_no);
CREATE INDEX ix_parcel_round_status ON parcel (round_id, status, surplus, sort_key, code);
CREATE INDEX ix_parcel_round_sort ON parcel (round_id, sort_key, code);
-- the handover.made record of each handover (a conflict names records)
ALTER TABLE handover ADD COLUMN record_id TEXT NOT NULL DEFAULT '';
CREATE TEMP TABLE made_v5 AS SELECT json_extract(payload, '$.id') AS handover_id, id
    FROM record WHERE kind = 'handover.made';
CREATE INDEX temp.ix_made_v5 ON made_v5 (handover_id);
UPDATE handover SET record_id = coalesce(
    (SELECT m.id FROM made_v5 AS m WHERE m.handover_id = handover.id), '');
DROP TABLE made_v5;
-- household fields converge one by one: the last record applied to a household, the last
-- writer of each field edited since it was created, and of its removal ('_removed')
ALTER TABLE household ADD COLUMN version TEXT NOT NULL DEFAULT '';
UPDATE household SET version = coalesce((SELECT r.id FROM record AS r
    WHERE r.entity = 'h:' || household.code ORDER BY r.hlc DESC, r.site_id DESC, r.seq DESC
    LIMIT 1), '');
CREATE TABLE household_field (
    code TEXT NOT NULL,
    field TEXT NOT NULL,
    record_id TEXT NOT NULL,
    hlc INTEGER NOT NULL,
    site_id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    PRIMARY KEY (code, field)
) WITHOUT ROWID;
INSERT OR REPLACE INTO household_field (code, field, record_id, hlc, site_id, seq)
SELECT code, field, id, hlc, site_id, seq FROM (
    SELECT json_extract(r.payload, '$.code') AS code, c.key AS field, r.id, r.hlc, r.site_id, r.seq
    FROM record AS r, json_each(r.payload, '$.changes') AS c WHERE r.kind = 'household.updated'
    UNION ALL
    SELECT json_extract(r.payload, '$.code'), '_removed', r.id, r.hlc, r.site_id, r.seq
    FROM record AS r WHERE r.kind = 'household.removed'
) AS w
WHERE NOT EXISTS (SELECT 1 FROM record AS c WHERE c.entity = 'h:' || w.code
                  AND c.kind = 'household.created' AND (c.hlc, c.site_id, c.seq) > (w.hlc, w.site_id, w.seq))
ORDER BY hlc, site_id, seq;
-- conflicts (derived): every record involved, the provisional winner (the lowest
-- (hlc, site_id, seq)), closed by a `conflict.resolved` record (table resolution)
CREATE TABLE conflict (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    entity TEXT NOT NULL,
    subject TEXT NOT NULL,
    records TEXT NOT NULL,
    winner TEXT NOT NULL
);
CREATE INDEX ix_conflict_entity ON conflict (entity);
CREATE TABLE resolution (
    conflict_id TEXT PRIMARY KEY,
    record_id TEXT NOT NULL,
    chosen TEXT NOT NULL,
    operator TEXT NOT NULL,
    reason TEXT NOT NULL,
    at TEXT NOT NULL
);
-- personal data apart from the hashed payloads (eventlog/personal.py): a record whose payload
-- carries `personal` (sha256 of salt and these fields) has its names, phones and notes here
CREATE TABLE IF NOT EXISTS personal (
    record_id TEXT PRIMARY KEY,
    salt TEXT NOT NULL,
    fields TEXT NOT NULL
) WITHOUT ROWID
"""
