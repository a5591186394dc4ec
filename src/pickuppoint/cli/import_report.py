"""What the two importers' text reports share: which column became which field, and the
errors and warnings with the file's own row numbers."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from pickuppoint.i18n import translate


def print_columns(headers: Sequence[str], mapping: Mapping[int, str], label: Callable[[str], str]) -> None:
    columns = translate("Cli", "，").join(f"{headers[i]}→{label(f)}" for i, f in sorted(mapping.items()) if f)
    print(translate("Cli", "各列导入为：{columns}（不对时用 --map 表头=字段 指定）").format(columns=columns))


def print_issues(errors: Sequence, warnings: Sequence) -> None:  # noqa: ANN001 - Issue
    for title, issues in ((translate("Cli", "错误（{n}）："), errors), (translate("Cli", "警告（{n}）："), warnings)):
        if issues:
            print(title.format(n=len(issues)))
            for issue in issues:
                print("  " + translate("Cli", "第 {row} 行：{message}").format(row=issue.row, message=issue.message))
