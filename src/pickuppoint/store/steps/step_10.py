"""Schema step 10: parcel codes namespaced by round; the printed label kept apart and indexed.

Released: never edit it; add a new step."""

NUMBER = 10
TITLE = 'parcel codes namespaced by round; the printed label kept apart and indexed'
CHANGE = """
-- a parcel carrying a supplier's order number is known by `<round id>.<order number>`
-- (domain/codes.py: namespaced), and `label` is what its label says and a scan gives. Parcels
-- recorded before this step have the printed number itself as their code
ALTER TABLE parcel ADD COLUMN label TEXT NOT NULL DEFAULT '';
UPDATE parcel SET label = code;
CREATE INDEX ix_parcel_label ON parcel (label)
"""
