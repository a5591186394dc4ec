"""SQLModel classes over the tables that store/schema.py creates (tests keep the two in step).

Times are ISO 8601 UTC text (`2026-11-23T07:21:33.123Z`), amounts whole fen, flags a
comma-wrapped list of stable identifiers (`,elderly_alone,bedridden,`) so that one LIKE finds one.
"""

from __future__ import annotations

from sqlmodel import Field, SQLModel


class Meta(SQLModel, table=True):
    key: str = Field(primary_key=True)
    value: str


class Site(SQLModel, table=True):
    """A point or coordinator hub whose records this database holds; `is_self` marks our own."""

    site_id: str = Field(primary_key=True)
    name: str = ""
    role: str = "point"
    is_self: bool = False
    last_seq: int = 0
    last_hash: str = ""
    last_hlc: int = 0


class Record(SQLModel, table=True):
    """One entry of the append-only event log. Never updated, never deleted."""

    id: str = Field(primary_key=True)
    site_id: str
    seq: int
    hlc: int
    wall: str
    operator: str
    kind: str
    payload: str
    hash: str
    entity: str = ""


class Household(SQLModel, table=True):
    code: str = Field(primary_key=True)
    building: str
    unit: str
    room: str
    sort_key: str
    digits: str
    head: str = ""
    phone: str = ""
    phone_last4: str = ""
    members: int = 1
    grid: str = ""
    flags: str = ""
    proxies: str = "[]"
    notes: str = ""
    active: bool = True
    updated_hlc: int = 0
    updated_site: str = ""
    version: str = ""  # the id of the last record applied to the household


class HouseholdName(SQLModel, table=True):
    """An ending of a head's or a proxy's name (derived; for finding a text inside a name)."""

    __tablename__ = "household_name"
    part: str = Field(primary_key=True)
    code: str = Field(primary_key=True)


class Round(SQLModel, table=True):
    id: str = Field(primary_key=True)
    name: str
    kind: str
    date: str
    item: str = ""
    price_cents: int = 0
    default_payment: str = "prepaid"
    supplier: str = ""
    notes: str = ""
    site_id: str
    created_hlc: int = 0
    updated_hlc: int = 0


class Parcel(SQLModel, table=True):
    code: str = Field(primary_key=True)
    round_id: str
    household_code: str | None = None
    point_site: str = ""
    order_no: str = ""
    recipient: str = ""
    phone: str = ""
    address: str = ""
    items: str = ""
    amount_cents: int = 0
    payment: str = "paid"
    status: str = "expected"
    surplus: bool = False
    note: str = ""
    received_at: str | None = None
    received_by: str | None = None
    handover_id: str | None = None
    updated_hlc: int = 0
    sort_key: str = "\uffff"  # domain.address.parcel_sort_key(household_code)
    entitlement: str = ""  # allocation: the id shared by one household's packs of one allocation
    label: str = ""  # what the parcel's label says and a scan gives (domain.codes.label_of)


class ParcelNumber(SQLModel, table=True):
    """The last running number of the parcel codes a site has issued (derived from the log)."""

    __tablename__ = "parcel_number"
    site_id: str = Field(primary_key=True)
    last: int


class Handover(SQLModel, table=True):
    id: str = Field(primary_key=True)
    parcel_code: str
    household_code: str | None = None
    round_id: str
    site_id: str
    operator: str = ""
    at: str
    hlc: int
    collector_kind: str = "household"
    collector_name: str = ""
    collector_phone: str = ""
    payment: str = "none"
    amount_cents: int = 0
    waive_reason: str = ""
    visit_id: str = ""
    receipt_no: str = ""
    prior_status: str = "received"  # what a void puts the parcel back to (received or damaged)
    voided: bool = False
    void_reason: str = ""
    voided_at: str | None = None
    voided_by: str | None = None
    void_record: str | None = None
    record_id: str = ""  # the handover.made record


class HouseholdField(SQLModel, table=True):
    """The last writer of a household field edited since the household was created (and of its
    removal, field `_removed`): how a concurrent edit at another site is recognised."""

    __tablename__ = "household_field"
    code: str = Field(primary_key=True)
    field: str = Field(primary_key=True)
    record_id: str
    hlc: int
    site_id: str
    seq: int


class Conflict(SQLModel, table=True):
    """Records that disagree (derived). `records` is a JSON list of record ids, lowest
    (hlc, site_id, seq) first; `winner` is the provisional winner (the first)."""

    id: str = Field(primary_key=True)
    kind: str
    entity: str
    subject: str
    records: str
    winner: str


class Resolution(SQLModel, table=True):
    """A `conflict.resolved` record: the first (in clock order) for a conflict closes it."""

    conflict_id: str = Field(primary_key=True)
    record_id: str
    chosen: str
    operator: str
    reason: str
    at: str


class Operator(SQLModel, table=True):
    """Someone who may sign in, and their role (derived from the log)."""

    name: str = Field(primary_key=True)
    role: str
    active: bool = True
    added_at: str = ""


class OperatorSecret(SQLModel, table=True):
    """A PIN's slow salted hash and failed attempts: local to this file, never in the log."""

    __tablename__ = "operator_secret"
    name: str = Field(primary_key=True)
    pin_hash: str
    failures: int = 0
    locked_until: str = ""


class OperatorSignin(SQLModel, table=True):
    """When a name last signed in here (the sign-in dialog's recent names)."""

    __tablename__ = "operator_signin"
    name: str = Field(primary_key=True)
    last_at: str
