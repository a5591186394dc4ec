"""Schema step 3: handovers.

Released: never edit it; add a new step."""

NUMBER = 3
TITLE = 'handovers'
CHANGE = """
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
"""
