"""The schema, as numbered steps. A step, once released, is never edited: add a new one.

Each step runs in its own transaction together with `PRAGMA user_version = N`.
Tables fall in two groups: the event log (`site`, `record`: the source of truth, append-only)
and the state derived from it (everything else but `meta`), which `rebuild` can recreate.
"""

from collections.abc import Callable
from sqlite3 import Connection

from pickuppoint.store.personal_apart import move_personal_apart

# A step is SQL (statements split at ';', so no ';' inside a comment) or a function of the
# connection, run inside the step's transaction.
STEPS: list[tuple[int, str, str | Callable[[Connection], None]]] = [
    (
        1,
        "foundation: sites, the event log, households",
        """
CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE site (
    site_id TEXT PRIMARY KEY,
    name TEXT NOT NULL DEFAULT '',
    role TEXT NOT NULL DEFAULT 'point',
    is_self INTEGER NOT NULL DEFAULT 0,
    last_seq INTEGER NOT NULL DEFAULT 0,
    last_hash TEXT NOT NULL DEFAULT '',
    last_hlc INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE record (
    id TEXT PRIMARY KEY,
    site_id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    hlc INTEGER NOT NULL,
    wall TEXT NOT NULL,
    operator TEXT NOT NULL,
    kind TEXT NOT NULL,
    payload TEXT NOT NULL,
    hash TEXT NOT NULL,
    UNIQUE (site_id, seq)
);
CREATE INDEX ix_record_hlc ON record (hlc, site_id, seq);
CREATE INDEX ix_record_kind ON record (kind);
CREATE TABLE household (
    code TEXT PRIMARY KEY,
    building TEXT NOT NULL,
    unit TEXT NOT NULL,
    room TEXT NOT NULL,
    sort_key TEXT NOT NULL,
    digits TEXT NOT NULL,
    head TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    phone_last4 TEXT NOT NULL DEFAULT '',
    members INTEGER NOT NULL DEFAULT 1,
    grid TEXT NOT NULL DEFAULT '',
    flags TEXT NOT NULL DEFAULT '',
    proxies TEXT NOT NULL DEFAULT '[]',
    notes TEXT NOT NULL DEFAULT '',
    active INTEGER NOT NULL DEFAULT 1,
    updated_hlc INTEGER NOT NULL DEFAULT 0,
    updated_site TEXT NOT NULL DEFAULT ''
);
CREATE INDEX ix_household_sort ON household (sort_key);
CREATE INDEX ix_household_digits ON household (digits);
CREATE INDEX ix_household_room ON household (room);
CREATE INDEX ix_household_phone ON household (phone);
CREATE INDEX ix_household_last4 ON household (phone_last4);
CREATE INDEX ix_household_head ON household (head);
CREATE INDEX ix_household_building ON household (building, sort_key);
""",
    ),
    (
        2,
        "rounds and parcels",
        """
CREATE TABLE round (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
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
CREATE TABLE parcel (
    code TEXT PRIMARY KEY,
    round_id TEXT NOT NULL REFERENCES round (id),
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
    updated_hlc INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX ix_parcel_round_status ON parcel (round_id, status);
CREATE INDEX ix_parcel_household ON parcel (household_code, round_id);
CREATE INDEX ix_parcel_order ON parcel (order_no);
""",
    ),
    (
        3,
        "handovers",
        """
CREATE TABLE handover (
    id TEXT PRIMARY KEY,
    parcel_code TEXT NOT NULL,
    household_code TEXT,
    round_id TEXT NOT NULL,
    site_id TEXT NOT NULL,
    operator TEXT NOT NULL DEFAULT '',
    at TEXT NOT NULL,
    hlc INTEGER NOT NULL,
    collector_kind TEXT NOT NULL DEFAULT 'household',
    collector_name TEXT NOT NULL DEFAULT '',
    collector_phone TEXT NOT NULL DEFAULT '',
    payment TEXT NOT NULL DEFAULT 'none',
    amount_cents INTEGER NOT NULL DEFAULT 0,
    waive_reason TEXT NOT NULL DEFAULT '',
    visit_id TEXT NOT NULL DEFAULT '',
    receipt_no TEXT NOT NULL DEFAULT '',
    prior_status TEXT NOT NULL DEFAULT 'received',
    voided INTEGER NOT NULL DEFAULT 0,
    void_reason TEXT NOT NULL DEFAULT '',
    voided_at TEXT,
    voided_by TEXT,
    void_record TEXT
);
CREATE INDEX ix_handover_parcel ON handover (parcel_code);
CREATE INDEX ix_handover_household ON handover (household_code, round_id);
CREATE INDEX ix_handover_hlc ON handover (hlc);
CREATE INDEX ix_handover_site_hlc ON handover (site_id, hlc);
CREATE INDEX ix_handover_visit ON handover (visit_id);
CREATE INDEX ix_handover_receipt ON handover (receipt_no);
-- household search (services/households/search.py): every keystroke an index look-up
CREATE TABLE household_name (
    part TEXT NOT NULL,
    code TEXT NOT NULL,
    PRIMARY KEY (part, code)
) WITHOUT ROWID;
CREATE INDEX ix_household_name_code ON household_name (code);
CREATE INDEX ix_household_grid ON household (grid, sort_key);
CREATE INDEX ix_household_inactive ON household (code) WHERE active = 0;
CREATE INDEX ix_household_flags ON household (flags) WHERE flags != '';
WITH RECURSIVE heads (code, name, i) AS (
    SELECT code, head, 2 FROM household WHERE length(head) > 1
    UNION ALL SELECT code, name, i + 1 FROM heads WHERE i < length(name)
), proxies (code, name, i) AS (
    SELECT h.code, trim(json_extract(p.value, '$.name')), 1
    FROM household AS h, json_each(h.proxies) AS p
    WHERE length(trim(json_extract(p.value, '$.name'))) > 0
    UNION ALL SELECT code, name, i + 1 FROM proxies WHERE i < length(name)
)
INSERT OR IGNORE INTO household_name (part, code)
SELECT substr(name, i), code FROM heads UNION SELECT substr(name, i), code FROM proxies
""",
    ),
    (
        4,
        "parcels in building-unit-room order from an index; allocation packs of one entitlement",
        """
-- a parcel's place in building-unit-room order (domain/address.py parcel_sort_key): the round's
-- lists (missing, labels, the Rounds page) read in that order from an index instead of sorting
-- the whole round, and its counts are read from an index alone
ALTER TABLE parcel ADD COLUMN sort_key TEXT NOT NULL DEFAULT '\uffff';
UPDATE parcel SET sort_key = coalesce(
    (SELECT h.sort_key FROM household h WHERE h.code = parcel.household_code),
    '~' || parcel.household_code || '-')
WHERE household_code IS NOT NULL;
DROP INDEX ix_parcel_round_status;
CREATE INDEX ix_parcel_round_status ON parcel (round_id, status, surplus, sort_key, code);
CREATE INDEX ix_parcel_round_sort ON parcel (round_id, sort_key, code);
-- allocation rounds: the packs one allocation gave a household (one per N members) are one
-- entitlement, handed over together or one by one (services/counter/checks.py)
ALTER TABLE parcel ADD COLUMN entitlement TEXT NOT NULL DEFAULT '';
-- the last running number of the codes each site has issued (domain/codes.py), kept by the
-- projections: the next code is one read, whatever the codes around it look like
CREATE TABLE parcel_number (
    site_id TEXT PRIMARY KEY,
    last INTEGER NOT NULL
) WITHOUT ROWID;
INSERT INTO parcel_number (site_id, last)
SELECT upper(s.site_id), max(CAST(substr(p.code, length(s.site_id) + 2,
                                         length(p.code) - length(s.site_id) - 2) AS INTEGER))
FROM site s JOIN parcel p ON p.code GLOB upper(s.site_id) || '-[0-9][0-9][0-9][0-9][0-9][0-9]?*'
GROUP BY upper(s.site_id)
""",
    ),
    (
        5,
        "records name their entity; no business UNIQUE or foreign key in derived tables; conflicts",
        """
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
""",
    ),
    (6, "names, phones and notes out of the hashed payloads (store/personal_apart.py)",
     move_personal_apart),
    (
        7,
        "sync by file: enrolled points, files imported, records held after a gap",
        """
-- bookkeeping of the coordinator's imports (not derived from the log: rebuild leaves it alone)
CREATE TABLE sync_point (
    site_id TEXT PRIMARY KEY,
    name TEXT NOT NULL DEFAULT '',
    enrolled_at TEXT NOT NULL,
    sign_public TEXT NOT NULL DEFAULT '',
    fingerprint TEXT NOT NULL DEFAULT '',
    agree_public TEXT NOT NULL DEFAULT '',
    pinned_at TEXT,
    contiguous_to INTEGER NOT NULL DEFAULT 0,
    has_hub_seq INTEGER NOT NULL DEFAULT 0,
    update_version INTEGER NOT NULL DEFAULT 0,
    last_batch_at TEXT,
    last_batch_records INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE sync_file (
    batch_id TEXT PRIMARY KEY,
    sha256 TEXT NOT NULL,
    kind TEXT NOT NULL,
    site_id TEXT NOT NULL,
    seq_from INTEGER NOT NULL,
    seq_to INTEGER NOT NULL,
    records INTEGER NOT NULL,
    new_records INTEGER NOT NULL,
    file_name TEXT NOT NULL DEFAULT '',
    imported_at TEXT NOT NULL
);
CREATE TABLE sync_held (
    site_id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    line TEXT NOT NULL,
    personal TEXT,
    PRIMARY KEY (site_id, seq)
) WITHOUT ROWID;
CREATE TABLE sync_gap_accepted (
    site_id TEXT NOT NULL,
    seq_from INTEGER NOT NULL,
    seq_to INTEGER NOT NULL,
    record_id TEXT NOT NULL,
    PRIMARY KEY (site_id, seq_from)
);
""",
    ),
    (
        8,
        "operators and their roles; PINs, sign-in failures and recent names kept locally",
        """
-- derived from operator.added / operator.changed (services/operators/records.py)
CREATE TABLE operator (
    name TEXT PRIMARY KEY,
    role TEXT NOT NULL,
    active INTEGER NOT NULL DEFAULT 1,
    added_at TEXT NOT NULL DEFAULT ''
) WITHOUT ROWID;
-- local to this file, never in the log (a PIN hash is a secret): the slow salted hash of a
-- worker's or coordinator's PIN and the failed attempts that lock it for a while
CREATE TABLE operator_secret (
    name TEXT PRIMARY KEY,
    pin_hash TEXT NOT NULL,
    failures INTEGER NOT NULL DEFAULT 0,
    locked_until TEXT NOT NULL DEFAULT ''
) WITHOUT ROWID;
-- local: who signed in here lately (the sign-in dialog's list of recent names)
CREATE TABLE operator_signin (
    name TEXT PRIMARY KEY,
    last_at TEXT NOT NULL
) WITHOUT ROWID;
-- the endings of names, each cut to 16 characters (services/households/search.py PART_MAX):
-- the index no longer grows with the square of a name's length
INSERT OR IGNORE INTO household_name (part, code)
SELECT substr(part, 1, 16), code FROM household_name WHERE length(part) > 16;
DELETE FROM household_name WHERE length(part) > 16
""",
    ),
    (
        9,
        "the paid-on-behalf ledger's settlements; door-delivery runs",
        """
-- what was paid on a household's behalf (handovers recorded `owed`) is settled later, after the
-- emergency: each settlement a `ledger.settled` record (services/lists/ledger.py)
CREATE TABLE ledger_settlement (
    id TEXT PRIMARY KEY,
    household_code TEXT NOT NULL,
    round_id TEXT NOT NULL,
    amount_cents INTEGER NOT NULL,
    method TEXT NOT NULL,
    settled_by TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    site_id TEXT NOT NULL,
    operator TEXT NOT NULL DEFAULT '',
    at TEXT NOT NULL,
    hlc INTEGER NOT NULL
);
CREATE INDEX ix_ledger_settlement_household ON ledger_settlement (household_code, round_id);
-- the ledger reads the handovers paid on behalf
CREATE INDEX ix_handover_payment ON handover (payment, household_code) WHERE payment = 'owed';
-- the day's report reads the day's arrivals and voids by time
CREATE INDEX ix_parcel_received ON parcel (received_at) WHERE received_at IS NOT NULL;
CREATE INDEX ix_handover_voided ON handover (voided_at) WHERE voided = 1;
-- door-delivery runs (送货上门): parcels a volunteer carries to the households' doors
-- (`run.created`, services/lists/runs.py), delivered = handed over `door` by the counter service
CREATE TABLE delivery_run (
    id TEXT PRIMARY KEY,
    volunteer TEXT NOT NULL,
    volunteer_phone TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    site_id TEXT NOT NULL,
    operator TEXT NOT NULL DEFAULT '',
    at TEXT NOT NULL,
    hlc INTEGER NOT NULL
);
CREATE TABLE delivery_run_parcel (
    run_id TEXT NOT NULL,
    parcel_code TEXT NOT NULL,
    household_code TEXT NOT NULL,
    PRIMARY KEY (run_id, parcel_code)
) WITHOUT ROWID;
CREATE INDEX ix_delivery_run_parcel_code ON delivery_run_parcel (parcel_code);
""",
    ),
    (
        10,
        "parcel codes namespaced by round; the printed label kept apart and indexed",
        """
-- a parcel carrying a supplier's order number is known by `<round id>.<order number>`
-- (domain/codes.py: namespaced), and `label` is what its label says and a scan gives. Parcels
-- recorded before this step have the printed number itself as their code
ALTER TABLE parcel ADD COLUMN label TEXT NOT NULL DEFAULT '';
UPDATE parcel SET label = code;
CREATE INDEX ix_parcel_label ON parcel (label)
""",
    ),
]

LATEST = STEPS[-1][0]

# Tables holding state derived from the log; `rebuild` empties them and replays the records.
DERIVED_TABLES = ("handover", "parcel", "round", "household", "household_name", "parcel_number",
                  "household_field", "conflict", "resolution", "operator",
                  "ledger_settlement", "delivery_run", "delivery_run_parcel")
