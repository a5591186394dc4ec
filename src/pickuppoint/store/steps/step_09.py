"""Schema step 9: the paid-on-behalf ledger's settlements; door-delivery runs.

Released: never edit it; add a new step."""

NUMBER = 9
TITLE = "the paid-on-behalf ledger's settlements; door-delivery runs"
CHANGE = """
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
"""
