"""The overview chart: events per period as an inline SVG made at build time (no script needed).

Each bar links to its period. The chart is a pointer shortcut: it is hidden from assistive
technology and out of the tab order, because the year navigator next to it offers the same links.
"""
from __future__ import annotations

from markupsafe import Markup

SLOT, BAR, HEIGHT, LABELS = 36, 26, 110, 34
PAD = 14  # either side, so the first and last labels are not clipped


def _short(label: str) -> str:
    """A label that fits under its bar: "11th century" -> "11th c."."""
    return label.replace(" century", " c.")


def overview_chart(bars: list[tuple[str, int, str]]) -> Markup:
    """SVG bars for (label, event count, href) triples, tallest bar = full height."""
    if not bars:
        return Markup("")
    top = max(count for _, count, _ in bars) or 1
    every = max(1, len(bars) // 24)  # label at most ~24 bars so labels never overlap
    width, total = SLOT * len(bars) + 2 * PAD, HEIGHT + LABELS
    parts = [Markup('<svg class="overview" xmlns="http://www.w3.org/2000/svg" width="{}" height="{}" '
                    'viewBox="0 0 {} {}" aria-hidden="true" focusable="false">').format(width, total, width, total)]
    for i, (label, count, href) in enumerate(bars):
        x, h = PAD + i * SLOT + (SLOT - BAR) // 2, max(2, round((HEIGHT - 16) * count / top))
        parts.append(Markup(
            '<a href="{href}" tabindex="-1"><title>{label}: {count} event{s}</title>'
            '<rect class="hit" x="{x0}" y="0" width="{slot}" height="{total}"></rect>'
            '<rect class="bar" x="{x}" y="{y}" width="{bar}" height="{h}" rx="2"></rect>'
            '<text class="count" x="{cx}" y="{ty}">{count}</text>').format(
                href=href, label=label, count=count, s="" if count == 1 else "s", x0=PAD + i * SLOT, slot=SLOT,
                total=total, x=x, y=HEIGHT - h, bar=BAR, h=h, cx=x + BAR // 2, ty=HEIGHT - h - 4))
        if i % every == 0:
            parts.append(Markup('<text class="label" x="{}" y="{}">{}</text>').format(
                x + BAR // 2, HEIGHT + 20, _short(label)))
        parts.append(Markup("</a>"))
    parts.append(Markup("</svg>"))
    return Markup("").join(parts)
