"""The schema, as numbered steps. A step, once released, is never edited: add a new one.

Each step runs in its own transaction together with `PRAGMA user_version = N`.
Tables fall in two groups: the event log (`site`, `record`: the source of truth, append-only)
and the state derived from it (everything else but `meta`), which `rebuild` can recreate.
"""

STEPS: list[tuple[int, str, str]] = [
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
]

LATEST = STEPS[-1][0]

# Tables holding state derived from the log; `rebuild` empties them and replays the records.
DERIVED_TABLES = ("handover", "parcel", "round", "household", "household_name", "parcel_number",
                  "ledger_settlement", "delivery_run", "delivery_run_parcel")
