"""Schema step 8: operators and their roles; PINs, sign-in failures and recent names kept locally.

Released: never edit it; add a new step."""

NUMBER = 8
TITLE = 'operators and their roles; PINs, sign-in failures and recent names kept locally'
CHANGE = """
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
"""
