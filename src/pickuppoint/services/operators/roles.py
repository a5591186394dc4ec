"""Who may do what: one permission map, keyed by the record kind an action writes (and a few acts
that write no record), enforced where records are written so the windows and the command line
refuse the same things with the same sentence.

Roles, from least to most: volunteer (志愿者: receive, hand over, undo their own last handover,
the uncollected list with masked phones), worker (社区工作者: + households, imports, rounds, any
handover's void, money ledger, reports, full phones, backups), coordinator (协调员: + sync,
enrolment, deployment). While a database has no operators at all, every act is allowed (a fresh
database, the tests): the first operator added is the first community worker.
"""

from __future__ import annotations

from pickuppoint.errors import Refused
from pickuppoint.i18n import translate

VOLUNTEER, WORKER, COORDINATOR = "volunteer", "worker", "coordinator"
ROLES = (VOLUNTEER, WORKER, COORDINATOR)
RANK = {VOLUNTEER: 1, WORKER: 2, COORDINATOR: 3}
PIN_ROLES = (WORKER, COORDINATOR)

# the least role that may write each record kind, or do each act
PERMISSIONS: dict[str, str] = {
    # the counter and receiving
    "parcel.received": VOLUNTEER,
    "parcel.surplus": VOLUNTEER,
    "parcel.damaged": VOLUNTEER,
    "handover.made": VOLUNTEER,
    "handover.voided": VOLUNTEER,  # a volunteer's own last handover only (act handover.void_any)
    "list.uncollected": VOLUNTEER,  # with masked phones for a volunteer
    # the community worker's desk
    "household.created": WORKER,
    "household.updated": WORKER,
    "household.removed": WORKER,
    "round.created": WORKER,
    "round.updated": WORKER,
    "parcel.added": WORKER,
    "parcel.updated": WORKER,
    "parcel.cancelled": WORKER,
    # which point serves which households, rounds and parcels (a coordinator's database only)
    "household.assigned": WORKER,
    "round.assigned": WORKER,
    "parcel.assigned": WORKER,
    "operator.added": WORKER,  # a coordinator only may add a coordinator
    "operator.changed": WORKER,
    "handover.void_any": WORKER,
    "phones.full": WORKER,
    "personal.export": WORKER,
    "ledger": WORKER,
    "reports": WORKER,
    "backup.make": WORKER,
    "backup.restore": WORKER,
    # the deployment
    "site.initialized": COORDINATOR,
    "sync": COORDINATOR,  # a coordinator's imports, update files, gaps accepted
    "sync.point": WORKER,  # a point's own batch files out, the coordinator's update files in
    "enrolment": COORDINATOR,
    "data.purge": COORDINATOR,
}
DEFAULT = WORKER  # a kind not listed here (added later) needs a community worker


def role_label(role: str) -> str:
    return {
        VOLUNTEER: translate("Operators", "志愿者"),
        WORKER: translate("Operators", "社区工作者"),
        COORDINATOR: translate("Operators", "协调员"),
    }.get(role, role)


def _act_label(kind: str) -> str:
    group = kind.split(".", 1)[0]
    labels = {
        "household": translate("Operators", "修改住户名单"),
        "household.assigned": translate("Operators", "把住户分配给接驳点"),
        "round": translate("Operators", "建立或修改批次"),
        "parcel.added": translate("Operators", "导入或分配包裹"),
        "parcel.updated": translate("Operators", "修改包裹"),
        "parcel.cancelled": translate("Operators", "作废包裹"),
        "operator": translate("Operators", "管理操作人"),
        "handover.void_any": translate("Operators", "撤销别人的发放"),
        "handover.voided": translate("Operators", "撤销发放"),
        "phones.full": translate("Operators", "查看完整电话号码"),
        "personal.export": translate("Operators", "导出含个人信息的文件"),
        "ledger": translate("Operators", "查看代付台账"),
        "reports": translate("Operators", "生成报表"),
        "backup.make": translate("Operators", "复制整个数据库"),
        "backup.restore": translate("Operators", "从备份恢复"),
        "site": translate("Operators", "设置站点"),
        "sync": translate("Operators", "同步数据"),
        "enrolment": translate("Operators", "登记接驳点"),
        "data.purge": translate("Operators", "清除个人信息"),
    }
    return labels.get(kind) or labels.get(group) or translate("Operators", "做这项操作")


def needed(kind: str) -> str:
    return PERMISSIONS.get(kind, DEFAULT)


def allows(role: str | None, kind: str) -> bool:
    """`role` None: the database has no operators, so everything is allowed."""
    return role is None or RANK.get(role, 0) >= RANK[needed(kind)]


def refusal(name: str, role: str, kind: str) -> Refused:
    need = needed(kind)
    return Refused(
        "not_permitted",
        translate("Operators", "{name}（{role}）不能{act}：请{needed}登录后再做。").format(
            name=name, role=role_label(role), act=_act_label(kind), needed=role_label(need)),
        kind=kind, role=role, needed=need,
    )


def require(ctx, kind: str) -> None:  # noqa: ANN001 - Context
    """Refuse (Refused 'not_permitted') unless the operator signed in to `ctx` may do `kind`."""
    role = ctx.role
    if not allows(role, kind):
        raise refusal(ctx.operator, role, kind)


def may(ctx, kind: str) -> bool:  # noqa: ANN001 - Context
    return allows(ctx.role, kind)
