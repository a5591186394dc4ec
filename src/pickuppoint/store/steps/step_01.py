"""Schema step 1: foundation: sites, the event log, households.

Released: never edit it; add a new step."""

NUMBER = 1
TITLE = 'foundation: sites, the event log, households'
CHANGE = """
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
"""
