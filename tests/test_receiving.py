"""Receiving parcels at the point: every outcome of a scan, what is recorded, and the counts."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from counter_data import record_count
from pickuppoint.domain import codes
from pickuppoint.errors import UserError
from pickuppoint.services.counter import handover as counter
from pickuppoint.services.counter.payments import Collector, Payment
from pickuppoint.services.log import integrity
from pickuppoint.services.parcels import cancel
from pickuppoint.services.parcels.view import find_parcel
from pickuppoint.services.receiving import desk as receiving_desk
from pickuppoint.services.receiving import progress as receiving_progress
from pickuppoint.services.receiving import records as receiving
from receiving_data import truck


def _status(ctx, code):
    with ctx.read() as s:
        return find_parcel(s, code).status


def _misread(code: str) -> str:
    """The same code with one character of the number changed (the check character no longer fits)."""
    i = code.index("-") + 3
    wrong = "7" if code[i] != "7" else "3"
    return code[:i] + wrong + code[i + 1:]


def test_a_parcel_on_the_list_is_received_once(ctx):
    t = truck(ctx, 6)
    first = receiving.receive(ctx, t.round_id, t.codes[0])
    assert (first.kind, first.verdict, first.household_code) == ("received", "ok", t.homes[t.codes[0]])
    assert _status(ctx, t.codes[0]) == "received"
    before = record_count(ctx)
    again = receiving.receive(ctx, t.round_id, t.codes[0])
    assert again.kind == "already_received" and again.verdict == "warn"
    assert "测试员" in again.message  # says by whom (and when)
    assert record_count(ctx) == before  # idempotent: nothing new written
    assert integrity.verify(ctx).ok


def test_scanned_text_is_normalised(ctx):
    t = truck(ctx, 3)
    full_width = t.codes[1].lower().translate({c: c + 0xFEE0 for c in range(0x21, 0x7F)})
    assert receiving.receive(ctx, t.round_id, f" {full_width} ").kind == "received"
    assert _status(ctx, t.codes[1]) == "received"


def test_a_misread_code_records_nothing(ctx):
    t = truck(ctx, 3)
    bad = _misread(t.codes[0])
    assert codes.check(bad) == "misread"
    before = record_count(ctx)
    out = receiving.receive(ctx, t.round_id, bad)
    assert (out.kind, out.verdict) == ("misread", "refused")
    assert record_count(ctx) == before
    with ctx.read() as s:
        assert find_parcel(s, bad) is None


def test_a_parcel_of_another_round_is_left_alone(ctx):
    t = truck(ctx, 3)
    out = receiving.receive(ctx, t.round_id, t.other_code)
    assert out.kind == "not_in_round" and "4月8日 米面油" in out.message
    assert _status(ctx, t.other_code) == "expected"


def test_an_unknown_code_is_recorded_as_surplus_with_a_note(ctx):
    t = truck(ctx, 3)
    out = receiving.receive(ctx, t.round_id, "YH20220410-0099", note="箱子上写着 9 号楼")
    assert (out.kind, out.verdict) == ("surplus", "warn")
    with ctx.read() as s:
        p = find_parcel(s, "YH20220410-0099")
        assert (p.status, p.surplus, p.round_id, p.household_code) == ("received", True, t.round_id, None)
        assert p.note == "箱子上写着 9 号楼"
        prog = receiving_progress.progress(s, t.round_id)
    assert (prog.total.surplus, prog.total.expected, prog.total.received) == (1, 3, 0)
    assert receiving.receive(ctx, t.round_id, "YH20220410-0099").kind == "already_received"
    # without a round there is nothing to record it against
    assert receiving.receive(ctx, None, "YH-UNKNOWN-1").kind == "unknown"
    # a room number typed into the scan field is never a surplus parcel
    before = record_count(ctx)
    typed = receiving.receive(ctx, t.round_id, t.homes[t.codes[0]])
    assert (typed.kind, typed.code, typed.verdict) == ("household", t.homes[t.codes[0]], "refused")
    assert record_count(ctx) == before
    assert integrity.verify(ctx).ok


@pytest.mark.parametrize(("scanned", "kind", "says"), [
    ("18594388336", "not_a_label", "电话号码"),  # a phone typed into the scan field
    ("P01-000154", "not_a_label", "小票号"),  # a receipt number
    ("P01-O00012F", "misread", "读错"),  # shaped like our codes (letter O for a zero)
    ("11102", "not_a_label", "不像包裹"),  # a room number without dashes
    ("张三", "not_a_label", "不像包裹"),
    ("😀", "not_a_label", "不像包裹"),
    ("A" * 100_000, "not_a_label", "不像包裹"),
])
def test_only_what_a_label_could_carry_becomes_a_surplus_parcel(ctx, scanned, kind, says):
    t = truck(ctx, 3)
    before = record_count(ctx)
    out = receiving.receive(ctx, t.round_id, scanned)
    assert (out.kind, out.verdict) == (kind, "refused") and says in out.message
    assert len(out.message) < 200  # one sentence, even for a huge scan
    assert record_count(ctx) == before


def test_a_supplier_code_shaped_like_a_receipt_number_is_still_a_surplus_parcel(ctx):
    t = truck(ctx, 3)
    assert receiving.receive(ctx, t.round_id, "YH-220410").kind == "surplus"  # YH is no site of ours


def test_invisible_characters_from_a_pasted_list_are_dropped(ctx):
    t = truck(ctx, 3)
    out = receiving.receive(ctx, t.round_id, "\ufeff" + t.codes[0] + "\u200b")
    assert (out.kind, out.code) == ("received", t.codes[0])
    assert _status(ctx, t.codes[0]) == "received"


def test_a_damaged_parcel_scanned_damaged_again_records_nothing(ctx):
    t = truck(ctx, 3)
    assert receiving.receive(ctx, t.round_id, t.codes[0], damaged=True).recorded
    before = record_count(ctx)
    again = receiving.receive(ctx, t.round_id, t.codes[0], damaged=True)
    assert again.kind == "already_received" and not again.recorded
    assert record_count(ctx) == before


def test_a_surplus_code_shaped_like_ours_never_derails_our_numbering(ctx):
    """A supplier's number that starts like our codes (kept as the parcel's code) is skipped when
    this point numbers its next parcels, and no code is ever given twice."""
    from counter_data import add
    from pickuppoint.services.rounds import records as rounds
    from pickuppoint.services.rounds.allocation import allocate

    t = truck(ctx, 5)
    add(ctx, t.round_id, None, code="P01-O00012F")  # as a manifest would keep it
    rnd = rounds.create(ctx, "米面油", kind="allocation", date="2022-04-12", item="米面油")
    result = allocate(ctx, rnd.id)
    with ctx.read() as s:
        made = list(s.execute(text("SELECT code FROM parcel WHERE round_id = :r"), {"r": rnd.id}).scalars())
    assert len(made) == result.parcels == 5
    assert not set(made) & set(t.codes) and all(codes.check(c) == "ok" for c in made)
    # a label of ours whose parcel this point never added, scanned as surplus: numbering goes past it
    ahead = codes.make("P01", codes.next_usable("P01", codes.number_of(max(made)) + 3))
    assert receiving.receive(ctx, t.round_id, ahead).kind == "surplus"
    with ctx.write() as w:
        from pickuppoint.services.parcels.records import ParcelData, add_parcels

        after = add_parcels(w, [ParcelData(round_id=rnd.id, household_code=None) for _ in range(5)])
    assert ahead not in after and min(codes.number_of(c) for c in after) > codes.number_of(ahead)
    before = record_count(ctx)
    with pytest.raises(UserError, match="已经有了"):
        add(ctx, t.round_id, None, code=t.codes[0])
    assert record_count(ctx) == before
    assert integrity.verify(ctx).ok


def test_collected_and_cancelled_parcels_are_not_received_again(ctx):
    t = truck(ctx, 4)
    counter.hand_over(ctx, [t.codes[0]], Collector(), Payment())
    cancel.cancel_parcel(ctx, t.codes[1], "订单取消")
    before = record_count(ctx)
    assert receiving.receive(ctx, t.round_id, t.codes[0]).kind == "collected"
    assert receiving.receive(ctx, t.round_id, t.codes[1]).kind == "cancelled"
    assert record_count(ctx) == before
    assert (_status(ctx, t.codes[0]), _status(ctx, t.codes[1])) == ("collected", "cancelled")


def test_damaged_on_receipt_and_afterwards(ctx):
    t = truck(ctx, 4)
    out = receiving.receive(ctx, t.round_id, t.codes[0], damaged=True, note="外箱压扁")
    assert out.kind == "received" and out.damaged
    receiving.receive(ctx, t.round_id, t.codes[1])
    receiving.mark_damaged(ctx, t.codes[1], "漏液")
    receiving.mark_damaged(ctx, t.codes[2])  # not yet scanned: received as damaged
    with ctx.read() as s:
        assert [find_parcel(s, c).status for c in t.codes] == ["damaged", "damaged", "damaged", "expected"]
        assert find_parcel(s, t.codes[1]).note == "漏液"
        listed = receiving_progress.damaged_parcels(s, t.round_id)
        prog = receiving_progress.progress(s, t.round_id).total
    assert [p.note for p in listed] == ["外箱压扁", "漏液", ""]
    assert (prog.expected, prog.received, prog.damaged, prog.missing) == (4, 3, 3, 1)
    # a damaged parcel can still be handed over; voiding brings it back as damaged
    visit = counter.hand_over(ctx, [t.codes[0]], Collector(), Payment())
    counter.void(ctx, visit.handover_ids[0], "拿错了")
    assert _status(ctx, t.codes[0]) == "damaged"
    with pytest.raises(UserError):
        receiving.mark_damaged(ctx, "P01-999999X")
    assert integrity.verify(ctx).ok


def test_many_codes_in_one_go_record_the_good_ones(ctx):
    t = truck(ctx, 10)
    before = record_count(ctx)
    scans = [*t.codes[:5], t.codes[2], _misread(t.codes[6]), t.other_code, "YH-EXTRA-1"]
    outs = receiving.receive_many(ctx, t.round_id, scans)
    assert [o.kind for o in outs] == ["received"] * 5 + ["already_received", "misread",
                                                         "not_in_round", "surplus"]
    assert record_count(ctx) == before + 6  # five receipts and one surplus, nothing else
    with ctx.read() as s:
        assert s.execute(text("SELECT count(*) FROM parcel WHERE round_id = :r AND status = 'received'"),
                         {"r": t.round_id}).scalar_one() == 6
    assert integrity.verify(ctx).ok


def test_tick_by_household_without_a_scan(ctx):
    t = truck(ctx, 5)
    home = t.homes[t.codes[3]]
    outs = receiving.receive_household(ctx, t.round_id, home)
    assert [(o.kind, o.code) for o in outs] == [("received", t.codes[3])]
    assert [o.kind for o in receiving.receive_household(ctx, t.round_id, home)] == ["already_received"]
    with pytest.raises(UserError):
        receiving.receive_household(ctx, t.round_id, "99-9-999")
    assert integrity.verify(ctx).ok


def test_a_household_typed_as_digits_is_found_for_tick_by_household(ctx):
    t = truck(ctx, 3)
    home = t.homes[t.codes[0]]
    with ctx.read() as s:
        assert receiving.resolve_household(s, home.replace("-", "")) == home


def test_progress_by_building_and_the_missing_list(ctx):
    t = truck(ctx, 500)  # two 240-flat towers and part of a third
    arrived = t.codes[::2]
    receiving.receive_many(ctx, t.round_id, arrived)
    with ctx.read() as s:
        prog = receiving_progress.progress(s, t.round_id)
        missing = receiving_progress.missing(s, t.round_id)
        missing_b2 = receiving_progress.missing(s, t.round_id, building="2")
        assert receiving_progress.count_missing(s, t.round_id) == 250
    assert (prog.total.expected, prog.total.received, prog.total.missing) == (500, 250, 250)
    assert [p.building for p in prog.by_building] == ["1", "2", "3"]
    assert [p.expected for p in prog.by_building] == [240, 240, 20]
    assert sum(p.received for p in prog.by_building) == 250
    assert {m.code for m in missing} == set(t.codes[1::2])
    assert [m.code for m in missing] == t.codes[1::2]  # building, unit, room order
    assert all(m.building == "2" for m in missing_b2) and len(missing_b2) == 120
    assert integrity.verify(ctx).ok


def test_a_scanning_session_decides_at_once_and_writes_in_batches(ctx):
    t = truck(ctx, 6)
    desk = receiving_desk.ScanSession(ctx, t.round_name)
    assert [desk.scan(c).kind for c in (t.codes[0], t.codes[1], t.codes[0])] == [
        "received", "received", "already_received"]
    assert desk.scan("YH-EXTRA-7").kind == "surplus"
    assert desk.scan("YH-EXTRA-7").kind == "already_received"  # not written yet, still known
    desk.mark_damaged(t.codes[1], "纸箱破了")
    assert _status(ctx, t.codes[0]) == "expected"  # nothing written before the batch
    first = desk.take()
    assert receiving_desk.write_batch(ctx, first) == 4
    desk.mark_damaged(t.codes[2])  # never scanned: received as damaged
    assert desk.scan(t.codes[0]).kind == "already_received"
    assert receiving_desk.write_batch(ctx, desk.take()) == 1
    assert desk.take() is None
    with ctx.read() as s:
        assert [find_parcel(s, c).status for c in t.codes[:4]] == ["received", "damaged", "damaged", "expected"]
        assert find_parcel(s, "YH-EXTRA-7").surplus
    # a parcel received meanwhile at another desk is not written twice
    other_desk = receiving_desk.ScanSession(ctx, t.round_id)
    other_desk.scan(t.codes[4])
    receiving.receive(ctx, t.round_id, t.codes[4])
    before = record_count(ctx)
    assert receiving_desk.write_batch(ctx, other_desk.take()) == 0
    assert record_count(ctx) == before
    assert integrity.verify(ctx).ok


def test_the_demo_step_receives_most_of_the_first_order_round(ctx):
    import random

    from pickuppoint.services.demo import community as demo
    from pickuppoint.services.demo import receiving as demo_receiving

    assert any(s.name == "receiving" and s.late for s in demo.STEPS)
    assert not demo_receiving._needed(ctx)  # no round yet: nothing to do
    t = truck(ctx, 200)
    assert demo_receiving._needed(ctx)
    demo_receiving._run(ctx, random.Random("demo:receiving"))
    assert not demo_receiving._needed(ctx)  # done once
    with ctx.read() as s:
        prog = receiving_progress.progress(s, t.round_id).total
        others = s.execute(text("SELECT count(*) FROM parcel WHERE round_id = :r AND status != 'expected'"),
                           {"r": t.other_round}).scalar_one()
    assert 0.85 <= prog.received / prog.expected <= 0.95
    assert (prog.damaged, prog.surplus, others) == (2, 1, 0)
    assert integrity.verify(ctx).ok
