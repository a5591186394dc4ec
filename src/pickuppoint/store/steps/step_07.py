"""Schema step 7: sync by file: enrolled points, files imported, records held after a gap.

Released: never edit it; add a new step."""

NUMBER = 7
TITLE = 'sync by file: enrolled points, files imported, records held after a gap'
CHANGE = """
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
"""
