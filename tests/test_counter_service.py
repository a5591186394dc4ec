"""The handover counter's services: scan, check, hand over, pay, undo — what the counter (and the
CLI) rely on. Every refusal says why and writes nothing."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import text

from counter_data import add, community, record_count, set_status
from pickuppoint.domain import codes
from pickuppoint.errors import Refused, UserError
from pickuppoint.services.context import Context
from pickuppoint.services.counter import handover as counter
from pickuppoint.services.counter.lookup import household_card, lookup
from pickuppoint.services.counter.payments import Collector, Payment
from pickuppoint.services.counter.shift import history, till
from pickuppoint.services.log import integrity
from pickuppoint.services.parcels.cancel import cancel_parcel


@pytest.fixture
def world(ctx):
    return community(ctx)


def scan(ctx, code):
    with ctx.read() as s:
        return counter.scan(s, "P01", code)


def parcel(ctx, code):
    with ctx.read() as s:
        return s.execute(text("SELECT * FROM parcel WHERE code = :c"), {"c": code}).one()


def handovers(ctx, code):
    with ctx.read() as s:
        return s.execute(text("SELECT * FROM handover WHERE parcel_code = :c ORDER BY hlc"),
                         {"c": code}).all()


def refused_without_writing(ctx, code, reason, **kw):
    """The card and hand_over both refuse with `reason`; no record is written."""
    card = scan(ctx, code)
    assert card.verdict == "refused" and card.reason == reason
    before = record_count(ctx)
    with pytest.raises(Refused) as exc:
        counter.hand_over(ctx, [code], **kw)
    assert exc.value.reason == reason
    assert exc.value.message == card.message
    assert record_count(ctx) == before
    return card


# --- the normal handover -------------------------------------------------------------------

def test_a_scan_shows_whose_parcel_it_is_and_what_else_is_waiting(ctx, world):
    card = scan(ctx, world.codes["veg501"])
    assert card.household.code == "3-2-501" and card.household.head == "张建国"
    assert card.household.flags == ["elderly_alone"]
    assert card.parcel.item == "蔬菜包"
    assert [p.code for p in card.waiting] == [world.codes["rice501"]]
    assert card.due_cents == 0 and card.due_for(card.default_selection()) == 0


def test_handing_over_marks_the_parcel_collected_by_the_household(ctx, world):
    code = world.codes["veg502"]
    set_status(ctx, code, "received")
    assert scan(ctx, code).verdict == "ok"
    visit = counter.hand_over(ctx, [code])
    assert visit.parcel_codes == [code] and visit.household_code == "3-2-502"
    assert visit.collector == Collector("household", "王秀英", "")
    p = parcel(ctx, code)
    assert p.status == "collected" and p.handover_id == visit.handover_ids[0]
    [h] = handovers(ctx, code)
    assert (h.collector_kind, h.collector_name, h.operator, h.payment) == (
        "household", "王秀英", "测试员", "none")
    assert h.receipt_no == visit.receipt_no and visit.receipt_no.startswith("P01-")


def test_several_parcels_of_one_household_go_in_one_visit_with_one_receipt(ctx, world):
    codes_ = [world.codes["veg501"], world.codes["rice501"]]
    visit = counter.hand_over(ctx, codes_, payment=Payment("cash"))
    assert sorted(visit.parcel_codes) == sorted(codes_)
    rows = [handovers(ctx, c)[0] for c in codes_]
    assert {r.receipt_no for r in rows} == {visit.receipt_no}
    assert {r.visit_id for r in rows} == {visit.visit_id}
    assert visit.paid_cents == 3990 and visit.payment_mode == "cash"


def test_parcels_of_two_households_are_not_handed_over_together(ctx, world):
    before = record_count(ctx)
    with pytest.raises(UserError, match="不同的住户"):
        counter.hand_over(ctx, [world.codes["veg501"], world.codes["veg502"]])
    assert record_count(ctx) == before


# --- refusals ------------------------------------------------------------------------------

def test_already_collected_says_when_where_by_whom_and_which_operator(ctx, world):
    code = world.codes["veg502"]
    counter.hand_over(ctx, [code], Collector("proxy", "李芳", "13900139002"))
    card = refused_without_writing(ctx, code, "already_collected")
    assert "白竹亭接驳点" in card.message  # where
    assert "代领人 李芳" in card.message  # by whom
    assert "操作人 测试员" in card.message  # which operator
    h = handovers(ctx, code)[0]
    from pickuppoint.eventlog.clock import local_time

    assert local_time(h.at, "%m-%d %H:%M") in card.message  # when
    assert card.refusal.details["operator"] == "测试员" and card.refusal.details["point"] == "P01"


def test_an_unknown_code_is_refused(ctx, world):
    card = refused_without_writing(ctx, "XYZ-12345", "unknown")
    assert "没有编号为 XYZ-12345 的包裹" in card.message


def test_a_misread_code_asks_to_scan_again(ctx, world):
    good = world.codes["veg501"]
    assert codes.check(good) == "ok"
    body, check = good[:-1], good[-1]
    bad = body + ("0" if check != "0" else "1")
    assert codes.check(bad) == "misread"
    card = refused_without_writing(ctx, bad, "misread")
    assert "重新扫描" in card.message


def test_a_parcel_of_another_point_is_refused(ctx, world):
    card = refused_without_writing(ctx, world.codes["other"], "other_point")
    assert "P02" in card.message and "不在本接驳点发放" in card.message


def test_a_cancelled_parcel_is_refused_as_voided_with_its_reason(ctx, world):
    code = world.codes["fruit502"]
    cancel_parcel(ctx, code, "供应商取消订单")
    card = refused_without_writing(ctx, code, "voided")
    assert "已作废" in card.message and "供应商取消订单" in card.message


def test_a_second_parcel_of_an_allocation_round_is_refused(ctx, world):
    second = add(ctx, world.veg, "3-2-501", items="蔬菜包")
    card = scan(ctx, world.codes["veg501"])
    assert card.waiting_refusals[second].id == "entitlement_used"
    assert second not in card.default_selection()
    counter.hand_over(ctx, [world.codes["veg501"]])
    card = refused_without_writing(ctx, second, "entitlement_used")
    assert "3-2-501" in card.message and "第1批蔬菜包" in card.message
    assert world.codes["veg501"] in card.message


def test_two_parcels_of_one_allocation_round_cannot_go_in_one_visit(ctx, world):
    second = add(ctx, world.veg, "3-2-501", items="蔬菜包")
    before = record_count(ctx)
    with pytest.raises(Refused) as exc:
        counter.hand_over(ctx, [world.codes["veg501"], second])
    assert exc.value.reason == "entitlement_used"
    assert record_count(ctx) == before


def test_the_packs_of_one_allocation_go_together_or_one_by_one_but_a_second_entitlement_never(ctx):
    """Per-member packs (1/3, 2/3, 3/3) are one entitlement: none is refused, in one visit or in
    several; a parcel of the same round given to the household some other way is refused."""
    from counter_data import add_household
    from pickuppoint.services.rounds import records as rounds
    from pickuppoint.services.rounds.allocation import allocate

    add_household(ctx, "7-1-101", "刘大爷", "13800138007", members=5)
    add_household(ctx, "7-1-102", "陈阿姨", "13800138008", members=5)
    rnd = rounds.create(ctx, "按人配发米面", kind="allocation", date="2026-11-23", item="米面包")
    allocate(ctx, rnd.id, per="member", members_per=2)
    with ctx.read() as s:
        packs = {h: list(s.execute(text("SELECT code FROM parcel WHERE household_code = :h ORDER BY code"),
                                   {"h": h}).scalars()) for h in ("7-1-101", "7-1-102")}
    first, second = packs["7-1-101"], packs["7-1-102"]
    assert len(first) == len(second) == 3
    from pickuppoint.services.receiving import records as receiving

    receiving.receive_many(ctx, rnd.id, first)  # at the point: one key hands all three over
    card = scan(ctx, first[0])
    assert card.verdict != "refused" and card.waiting_refusals == {}
    assert set(card.default_selection()) == set(first)
    counter.hand_over(ctx, first)  # all three in one visit
    assert all(parcel(ctx, c).status == "collected" for c in first)
    counter.hand_over(ctx, [second[0]])  # or one at a time, at separate visits
    counter.hand_over(ctx, [second[1]])
    assert scan(ctx, second[2]).refusal is None
    extra = add(ctx, rnd.id, "7-1-102", items="米面包")  # not of that allocation: a second one
    refused_without_writing(ctx, extra, "entitlement_used")
    counter.hand_over(ctx, [second[2]])
    assert integrity.verify(ctx).ok


def test_the_same_code_twice_in_one_visit_is_one_parcel(ctx, world):
    code = world.codes["veg501"]
    visit = counter.hand_over(ctx, [code, code.lower()])
    assert visit.parcel_codes == [code] and len(handovers(ctx, code)) == 1


def test_a_household_found_without_a_label_but_with_nothing_waiting_is_refused(ctx, world):
    counter.hand_over(ctx, [world.codes["veg502"], world.codes["fruit502"]])
    with ctx.read() as s:
        card = household_card(s, "P01", "3-2-502")
    assert card.verdict == "refused" and card.reason == "nothing_waiting"


# --- warnings ------------------------------------------------------------------------------

def test_warnings_do_not_stop_a_handover(ctx, world):
    card = scan(ctx, world.codes["veg301"])  # not yet received
    assert card.verdict == "warn" and [w.id for w in card.warnings] == ["not_received"]
    damaged = world.codes["veg502"]
    set_status(ctx, damaged, "damaged")
    assert [w.id for w in scan(ctx, damaged).warnings] == ["damaged"]
    rice = scan(ctx, world.codes["rice501"])
    assert "payment_due" in [w.id for w in rice.warnings] and rice.due_cents == 3990
    nobody = add(ctx, world.shop, None, code="SO-LOOSE-1", items="药品", recipient="刘某")
    assert "no_household" in [w.id for w in scan(ctx, nobody).warnings]
    counter.hand_over(ctx, [world.codes["veg301"]])
    p = parcel(ctx, world.codes["veg301"])
    assert p.status == "collected" and p.received_at  # the handover implies receipt


# --- who collects --------------------------------------------------------------------------

def test_a_proxy_and_a_door_delivery_are_recorded_on_the_handover(ctx, world):
    counter.hand_over(ctx, [world.codes["veg501"]], Collector("proxy", "李芳", "139 0013 9002"))
    counter.hand_over(ctx, [world.codes["veg301"]], Collector("door", "王强"))
    proxy = handovers(ctx, world.codes["veg501"])[0]
    assert (proxy.collector_kind, proxy.collector_name, proxy.collector_phone) == (
        "proxy", "李芳", "13900139002")
    door = handovers(ctx, world.codes["veg301"])[0]
    assert (door.collector_kind, door.collector_name) == ("door", "王强")


def test_a_proxy_or_door_delivery_needs_a_name(ctx, world):
    before = record_count(ctx)
    with pytest.raises(UserError, match="代领人姓名"):
        counter.hand_over(ctx, [world.codes["veg501"]], Collector("proxy", " "))
    with pytest.raises(UserError, match="送货志愿者"):
        counter.hand_over(ctx, [world.codes["veg501"]], Collector("door", ""))
    with pytest.raises(UserError, match="电话"):
        counter.hand_over(ctx, [world.codes["veg501"]], Collector("proxy", "李芳", "12ab"))
    assert record_count(ctx) == before


# --- payments ------------------------------------------------------------------------------

def test_money_due_must_be_settled_and_each_mode_counts_in_the_till(ctx, world):
    unpaid = [add(ctx, world.shop, h, items="米", amount_cents=1000 * (i + 1), payment="unpaid")
              for i, h in enumerate(["3-2-502", "5-1-301", "3-2-502", "5-1-301"])]
    before = record_count(ctx)
    with pytest.raises(Refused) as exc:
        counter.hand_over(ctx, [world.codes["rice501"]])
    assert exc.value.reason == "payment_required" and "39.90" in exc.value.message
    with pytest.raises(UserError, match="应收 39.90 元，输入的金额是 30.00 元"):
        counter.hand_over(ctx, [world.codes["rice501"]], payment=Payment("cash", 3000))
    with pytest.raises(UserError, match="免收时请写明原因"):
        counter.hand_over(ctx, [world.codes["rice501"]], payment=Payment("waived"))
    with pytest.raises(UserError, match="无需付款"):
        counter.hand_over(ctx, [world.codes["veg502"]], payment=Payment("cash", 500))
    assert record_count(ctx) == before

    counter.hand_over(ctx, [world.codes["rice501"]], payment=Payment("cash", 3990))
    counter.hand_over(ctx, [unpaid[0]], payment=Payment("qr"))
    counter.hand_over(ctx, [unpaid[1]], payment=Payment("owed"))
    counter.hand_over(ctx, [unpaid[2]], payment=Payment("waived", reason="低保户"))
    counter.hand_over(ctx, [world.codes["fruit502"]])  # prepaid online
    counter.hand_over(ctx, [world.codes["milk301"]])  # the community paid on its behalf
    waived = handovers(ctx, unpaid[2])[0]
    assert (waived.payment, waived.waive_reason) == ("waived", "低保户")
    with ctx.read() as s:
        t = till(s, "2000-01-01T00:00:00.000Z", "P01")
    assert t.by_mode == {"cash": (1, 3990), "qr": (1, 1000), "owed": (2, 2000 + 1800),
                         "waived": (1, 3000), "prepaid": (1, 2500)}
    assert t.parcels == 6 and t.visits == 6 and t.voided == 0


# --- undo ----------------------------------------------------------------------------------

def test_a_void_needs_a_reason_puts_the_parcel_back_and_keeps_the_record(ctx, world):
    code = world.codes["veg502"]
    visit = counter.hand_over(ctx, [code])
    with pytest.raises(UserError, match="原因"):
        counter.void(ctx, code, "  ")
    before = record_count(ctx)
    assert counter.void(ctx, code, "扫错了包裹") == visit.handover_ids
    assert record_count(ctx) == before + 1
    p = parcel(ctx, code)
    assert p.status == "received" and p.handover_id is None
    [h] = handovers(ctx, code)
    assert h.voided == 1 and h.void_reason == "扫错了包裹" and h.voided_by == "测试员"
    with ctx.read() as s:
        kinds = [r.kind for r in s.execute(text("SELECT kind FROM record ORDER BY seq"))]
        assert kinds[-2:] == ["handover.made", "handover.voided"]
        assert history(s, 5, "P01")[0].voided
    with pytest.raises(UserError, match="撤销过"):
        counter.void(ctx, visit.handover_ids[0], "再撤一次")
    with ctx.read() as s:
        t = till(s, "2000-01-01T00:00:00.000Z", "P01")
    assert (t.parcels, t.voided) == (0, 1)
    assert scan(ctx, code).verdict == "ok"  # may be handed over again
    counter.hand_over(ctx, [code])
    assert parcel(ctx, code).status == "collected"


def test_a_whole_visit_is_voided_by_its_receipt_number(ctx, world):
    visit = counter.hand_over(ctx, [world.codes["veg501"], world.codes["rice501"]],
                              payment=Payment("qr"))
    assert sorted(counter.void(ctx, visit.receipt_no, "发错了住户")) == sorted(visit.handover_ids)
    assert parcel(ctx, world.codes["rice501"]).status == "received"


# --- two writers ---------------------------------------------------------------------------

def test_two_counters_on_one_file_cannot_hand_one_parcel_over_twice(ctx, world, db_path):
    code = world.codes["veg502"]
    second = Context.open(db_path, "第二台")
    start = threading.Barrier(2)
    results: dict[str, object] = {}

    def desk(name, context):
        start.wait()
        try:
            results[name] = counter.hand_over(context, [code])
        except Refused as exc:
            results[name] = exc

    try:
        threads = [threading.Thread(target=desk, args=(n, c)) for n, c in (("a", ctx), ("b", second))]
        for t in threads:
            t.start()
        for t in threads:
            t.join(30)
    finally:
        second.close()
    refusals = [r for r in results.values() if isinstance(r, Refused)]
    assert len(results) == 2 and len(refusals) == 1
    assert refusals[0].reason == "already_collected"
    assert len(handovers(ctx, code)) == 1


# --- the log stays whole -------------------------------------------------------------------

def test_verify_passes_after_a_session_of_handovers(ctx, world):
    counter.hand_over(ctx, [world.codes["veg501"], world.codes["rice501"]], payment=Payment("cash"))
    counter.hand_over(ctx, [world.codes["veg502"]], Collector("proxy", "刘洋", "13700137000"))
    counter.hand_over(ctx, [world.codes["veg301"], world.codes["milk301"]], Collector("door", "王强"))
    counter.void(ctx, world.codes["veg502"], "扫错了包裹")
    counter.hand_over(ctx, [world.codes["veg502"], world.codes["fruit502"]])
    cancel_parcel(ctx, world.codes["other"], "改到别处发放")
    result = integrity.verify(ctx)
    assert result.ok, result.problems
    with ctx.read() as s:
        assert s.execute(text("SELECT count(*) FROM handover")).scalar() == 7


def test_lookup_finds_a_parcel_by_code_and_households_by_room_or_phone(ctx, world):
    with ctx.read() as s:
        assert lookup(s, world.codes["veg501"]).parcel.household_code == "3-2-501"
        assert lookup(s, "so20261123001").parcel.code == "SO20261123001"
        assert [h.code for h in lookup(s, "3-2-501").households][:1] == ["3-2-501"]
        assert [h.code for h in lookup(s, "32501").households][:1] == ["3-2-501"]
        assert "3-2-501" in [h.code for h in lookup(s, "501").households]
        assert [h.code for h in lookup(s, "8002").households] == ["3-2-502"]
        assert [h.code for h in lookup(s, "赵磊").households] == ["5-1-301"]


def test_every_query_of_a_scan_and_a_handover_uses_an_index(ctx, world):
    """A million parcels later, a scan must still be a handful of index lookups."""
    from pickuppoint.services.counter import checks
    from pickuppoint.services.parcels import view as parcel_view

    queries = [
        (parcel_view.BY_CODE, {"code": "x"}),
        (parcel_view.BY_ORDER_NO, {"code": "x"}),
        (parcel_view.BY_CODE_OR_LABEL, {"code": "x", "upper": "X"}),
        (parcel_view.WAITING_OF_HOUSEHOLD, {"household": "3-2-501"}),
        (checks._ENTITLEMENT, {"h": "3-2-501", "r": world.veg, "c": "x", "e": "e1"}),
        (text("SELECT * FROM handover WHERE id = :i"), {"i": "x"}),
        (text("SELECT id, voided FROM handover WHERE receipt_no = :t ORDER BY hlc"), {"t": "x"}),
    ]
    with ctx.read() as s:
        for query, params in queries:
            plan = " | ".join(r[-1] for r in s.execute(text("EXPLAIN QUERY PLAN " + query.text), params))
            assert "SCAN p" not in plan and "SCAN parcel" not in plan and "SCAN handover" not in plan, (
                query.text, plan)


def test_received_and_damaged_parcels_as_receiving_records_them(ctx, world):
    from pickuppoint.services.receiving.records import receive_many

    receive_many(ctx, world.veg, [world.codes["veg502"]])
    receive_many(ctx, world.veg, [world.codes["veg301"]], damaged=True, note="袋子破了")
    assert scan(ctx, world.codes["veg502"]).verdict == "ok"
    card = scan(ctx, world.codes["veg301"])
    assert card.verdict == "warn" and [w.id for w in card.warnings] == ["damaged"]
    counter.hand_over(ctx, [world.codes["veg301"]])
    counter.void(ctx, world.codes["veg301"], "住户退回")
    assert parcel(ctx, world.codes["veg301"]).status == "damaged"  # back to what it was
    counter.hand_over(ctx, [world.codes["veg502"]])
    result = integrity.verify(ctx)
    assert result.ok, result.problems
