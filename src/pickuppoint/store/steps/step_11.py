"""Schema step 11: households and rounds assigned to points (none assigned: every point).

Released: never edit it; add a new step."""

NUMBER = 11
TITLE = 'households and rounds assigned to points (none assigned: every point)'
CHANGE = """
-- the point a household collects at (`household.assigned`), empty: no point named, every point
ALTER TABLE household ADD COLUMN point_site TEXT NOT NULL DEFAULT '';
CREATE INDEX ix_household_point ON household (point_site, sort_key) WHERE point_site != '';
-- the points a round is for (`round.created` points, `round.assigned`), a JSON array of site
-- ids, an empty array: every point
ALTER TABLE round ADD COLUMN points TEXT NOT NULL DEFAULT '[]';
-- (coordinator) the highest of its own seqs a setup or update file for the point carried: what
-- the point may hold, so an entity moved away from it is withdrawn by its next update
ALTER TABLE sync_point ADD COLUMN sent_hub_seq INTEGER NOT NULL DEFAULT 0;
"""
