"""The total, average and NRR rows at the bottom of a recap: recognised, skipped, checked.

A row is the start of the recap's footer when one of its cells outside the answers and
the suggestion reads like a label: Jumlah, Total, Rata-rata, NRR, Nilai…, IKM, Mutu,
Kinerja, Bobot. That row and every row below it are not forms. A "Jumlah"/"Total" row
is checked against the sum of each element's answers in the rows above it, a
"Rata-rata"/"NRR" row (not the weighted one) against each element's NRR, to the number
of decimals the file shows. A disagreement is reported before anything is imported:
the file was edited after its totals were computed, or rows are missing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from fractions import Fraction

from desk_app.models.skm import import_values as values
from desk_app.models.skm.tables import ELEMENT_CODES

LABEL = re.compile(r"^(jumlah|jml|total|rata|rerata|nrr|nilai|ikm|indeks|mutu|kinerja|bobot|"
                   r"n r r|skor|persentase)\b")
QUICK = re.compile(r"\s*[\W_]*(jumlah|jml|total|rata|rerata|nrr|nilai|ikm|indeks|mutu|kinerja|"
                   r"bobot|n\W*r\W*r|skor|persentase)", re.IGNORECASE)
NOT_CHECKED = ("tertimbang", "bobot", "ikm", "indeks", "responden", "mutu", "kinerja",
               "konversi", "interval", "persen")


@dataclass
class FooterRow:
    row: int
    label: str
    kind: str  # "sum", "mean" or "" (skipped, not checked)
    problems: list[str] = field(default_factory=list)


def label_of(cells: list, index: dict[str, int]) -> str | None:
    skip = {index[c] for c in (*ELEMENT_CODES, "comment") if c in index}
    for position, value in enumerate(cells):
        if position in skip or not isinstance(value, str) or not QUICK.match(value):
            continue
        said = values.words(value)
        if said and len(said.split()) <= 6 and LABEL.match(said):
            return value.strip()
    return None


def kind_of(label: str) -> str:
    said = values.words(label)
    if any(word in said for word in NOT_CHECKED):
        return ""
    if said.startswith(("jumlah", "jml", "total")):
        return "sum"
    if said.startswith(("rata", "rerata", "nrr", "n r r", "nilai rata")):
        return "mean"
    return ""


def check(footer: list[FooterRow], cells_of: dict[int, list], index: dict[str, int],
          sums: dict[str, tuple[int, int]], cached: dict[int, list]) -> None:
    """Fill each checked footer row's problems (sums: code -> (total, answers))."""
    for row in footer:
        if not row.kind:
            continue
        cells = cells_of[row.row]
        for code in ELEMENT_CODES:
            position = index.get(code)
            if position is None or position >= len(cells) or cells[position] in (None, ""):
                continue
            given = cells[position]
            if isinstance(given, str) and given.startswith("="):
                saved = cached.get(row.row, [])
                given = saved[position] if position < len(saved) else None
                if given is None:
                    row.problems.append(f"{code}: rumus tanpa nilai tersimpan, tidak diperiksa")
                    continue
            figure = values.number(given)
            if figure is None:
                continue
            total, answers = sums.get(code, (0, 0))
            if row.kind == "sum":
                if abs(figure - total) > 0.5:
                    row.problems.append(f"{code}: berkas {values.text(given)}, "
                                        f"dari baris formulir {total}")
            elif answers:
                exact = Fraction(total, answers)
                tolerance = max(0.5 * 10 ** -values.decimals(given), 1e-4) + 1e-9
                if abs(figure - float(exact)) > tolerance:
                    row.problems.append(f"{code}: berkas {values.text(given)}, dari baris "
                                        f"formulir {float(exact):.4f}".replace(".", ","))


def disagreements(footer: list[FooterRow]) -> list[str]:
    return [f"Baris {row.row} ({row.label}): {problem}"
            for row in footer for problem in row.problems if "tidak diperiksa" not in problem]
