"""Synthetic households, deterministic for a seed: for roster files, and for the databases while
`demo-data` does not exist. Buildings of 4 units x 30 floors x 4 rooms (480 households each)."""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass

SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶"
            "程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾")
GIVEN = ("秀英桂兰玉珍凤华建国军伟强磊洋勇艳杰娟涛明超霞平刚丽敏静婷"
         "雪慧红梅芳燕萍波斌辉鹏宇浩然子涵欣怡")
FLAG_ODDS = (("elderly_alone", 0.06), ("no_smartphone", 0.08), ("bedridden", 0.01),
             ("disabled", 0.02), ("hardship", 0.03), ("quarantine", 0.02))
UNITS, FLOORS, ROOMS = 4, 30, 4


@dataclass(frozen=True)
class Person:
    building: str
    unit: str
    room: str
    head: str
    phone: str
    members: int
    grid: str
    flags: tuple[str, ...]

    @property
    def code(self) -> str:
        return f"{self.building}-{self.unit}-{self.room}"


def people(n: int, seed: int) -> Iterator[Person]:
    rng = random.Random(seed)
    phones: set[str] = set()
    per_building = UNITS * FLOORS * ROOMS
    for i in range(n):
        b, rest = divmod(i, per_building)
        u, rest = divmod(rest, FLOORS * ROOMS)
        floor, r = divmod(rest, ROOMS)
        while True:
            phone = rng.choice(("13", "15", "17", "18")) + f"{rng.randrange(10**9):09d}"
            if phone not in phones:
                phones.add(phone)
                break
        given = rng.choice((1, 2, 2))
        name = rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(given))
        flags = tuple(f for f, odds in FLAG_ODDS if rng.random() < odds)
        yield Person(str(b + 1), str(u + 1), f"{floor + 1}{r + 1:02d}", name, phone,
                     rng.choice((1, 2, 2, 3, 3, 4, 5)), f"第{b // 10 + 1}网格", flags)
