"""Schema step 4: parcels in building-unit-room order from an index; allocation packs of one entitlement.

Released: never edit it; add a new step."""

NUMBER = 4
TITLE = 'parcels in building-unit-room order from an index; allocation packs of one entitlement'
CHANGE = """
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
"""
