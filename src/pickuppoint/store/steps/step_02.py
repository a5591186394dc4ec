"""Schema step 2: rounds and parcels.

Released: never edit it; add a new step."""

NUMBER = 2
TITLE = 'rounds and parcels'
CHANGE = """
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
"""
