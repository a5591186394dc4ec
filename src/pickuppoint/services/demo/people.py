"""Plausible residents for the demo community and the synthetic data: names, phones, household
sizes, flags in the mixes community workers meet, proxies and notes. Deterministic for a given
random generator. Everything here is data (the community's own words), not interface text."""

from __future__ import annotations

import random
from typing import Any

from pickuppoint.services.households.records import HouseholdData

# Common surnames, the most frequent first (weights roughly as in the population).
SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡"
            "余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙"
            "史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
_SURNAME_WEIGHTS = [max(1.0, 30.0 - i * 0.5) for i in range(len(SURNAMES))]

# Given names by generation: older residents, their children, young adults.
OLDER = ("建国", "秀英", "桂英", "玉兰", "淑珍", "国华", "德明", "凤英", "秀兰", "桂兰", "建华",
         "玉珍", "春梅", "志刚", "福生", "金凤", "素芳", "长林", "宝山", "文秀", "淑英", "振华")
MIDDLE = ("志强", "丽华", "海燕", "建军", "红梅", "卫东", "晓东", "春燕", "立新", "小红", "海涛",
          "永刚", "丽娟", "国庆", "雪梅", "伟", "静", "军", "勇", "敏", "燕", "强", "霞", "平")
YOUNG = ("浩然", "子涵", "欣怡", "俊杰", "雨萱", "梓轩", "思雨", "宇航", "佳怡", "一鸣", "诗涵",
         "婷婷", "磊", "洋", "鹏", "超", "杰", "涛", "丹", "娜", "琳", "博文", "晨曦", "嘉怡")

MOBILE_PREFIXES = ("130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151",
                   "152", "153", "155", "156", "157", "158", "159", "166", "173", "176", "177",
                   "180", "181", "182", "183", "185", "186", "187", "188", "189", "191", "198",
                   "199")
AREA_CODE = "0532"

# (flags, notes, weight): the mixes the seeds describe.
PROFILES: tuple[tuple[tuple[str, ...], str, int], ...] = (
    (("elderly_alone", "no_smartphone"), "独居，不会用微信，电话联系", 4),
    (("elderly_alone",), "独居，行动不便", 3),
    (("elderly_alone", "bedridden", "no_smartphone"), "独居，卧床，需送货上门", 1),
    (("bedridden",), "家中老人卧床，需送货上门", 2),
    (("disabled",), "残疾，轮椅出行", 2),
    (("disabled", "hardship"), "残疾，低保户", 1),
    (("hardship",), "低保户", 2),
    (("quarantine",), "居家隔离，物资放门口", 2),
    (("no_smartphone",), "老年机，打电话通知", 2),
)
OTHER_NOTES = ("租户", "新搬入", "有婴儿，需奶粉", "孕妇", "常住外地，房屋出租",
               "有慢性病，需常备药", "家有学生上网课")
RELATIONS_NEEDING_PROXY = ("elderly_alone", "bedridden", "disabled")


class DemoPeople:
    def __init__(self, rng: random.Random):
        self.rng = rng

    def name(self, generation: tuple[str, ...] | None = None) -> str:
        rng = self.rng
        surname = rng.choices(SURNAMES, weights=_SURNAME_WEIGHTS)[0]
        pool = generation or rng.choice((OLDER, MIDDLE, MIDDLE, YOUNG))
        return surname + rng.choice(pool)

    def mobile(self) -> str:
        return self.rng.choice(MOBILE_PREFIXES) + f"{self.rng.randrange(10**8):08d}"

    def phone(self, elderly: bool) -> str:
        x = self.rng.random()
        if x < (0.12 if elderly else 0.02):
            return AREA_CODE + "8" + f"{self.rng.randrange(10**7):07d}"  # a landline
        if x < (0.18 if elderly else 0.04):
            return ""  # no phone on the roster
        return self.mobile()

    def members(self) -> int:
        return self.rng.choices((1, 2, 3, 4, 5, 6), weights=(14, 30, 30, 15, 8, 3))[0]

    def random_profile(self) -> tuple[tuple[str, ...], str, int]:
        return self.rng.choices(PROFILES, weights=[p[2] for p in PROFILES])[0]

    def profile_cycle(self, n: int) -> list[tuple[tuple[str, ...], str, int]]:
        """`n` profiles that include every profile at least once (when n allows), shuffled."""
        chosen = list(PROFILES[:n]) + [self.random_profile() for _ in range(n - len(PROFILES))]
        self.rng.shuffle(chosen)
        return chosen

    def payload(self, building: str, unit: str, room: str, grid: str,
                profile: tuple[tuple[str, ...], str, int] | None) -> dict[str, Any]:
        rng = self.rng
        flags = list(profile[0]) if profile else []
        elderly = "elderly_alone" in flags or "bedridden" in flags
        head = self.name(OLDER if elderly else None)
        if "elderly_alone" in flags:
            members = 1
        elif "bedridden" in flags:
            members = rng.choice((2, 2, 3))
        else:
            members = self.members()
        notes = profile[1] if profile else (rng.choice(OTHER_NOTES) if rng.random() < 0.05 else "")
        proxies = []
        if (any(f in RELATIONS_NEEDING_PROXY for f in flags) and rng.random() < 0.6) or (
                not flags and rng.random() < 0.03):
            proxies.append({"name": self.name(MIDDLE), "phone": self.mobile()})
            if rng.random() < 0.2:
                proxies.append({"name": self.name(YOUNG), "phone": self.mobile()})
        return {
            "code": f"{building}-{unit}-{room}", "building": building, "unit": unit, "room": room,
            "head": head, "phone": self.phone(elderly), "members": members, "grid": grid,
            "flags": flags, "proxies": proxies, "notes": notes,
        }

    def household(self, building: str, unit: str, room: str, grid: str,
                  profile: tuple[tuple[str, ...], str, int] | None) -> HouseholdData:
        return HouseholdData(**self.payload(building, unit, room, grid, profile))
