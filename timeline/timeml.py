"""TimeML output: the text with inline TIMEX3 tags, readable by TimeML tools and scorers."""
from __future__ import annotations

from xml.sax.saxutils import escape, quoteattr


def to_timeml(text: str, timexes, dct: str | None = None) -> str:
    parts = ['<?xml version="1.0" encoding="UTF-8"?>\n<TimeML>\n']
    if dct:
        parts.append(f'<DCT><TIMEX3 tid="t0" type="DATE" value={quoteattr(str(dct))} temporalFunction="false" '
                     f'functionInDocument="CREATION_TIME">{escape(str(dct))}</TIMEX3></DCT>\n')
    parts.append("<TEXT>")
    pos = 0
    for n, t in enumerate(sorted(timexes, key=lambda t: t.start), 1):
        if t.start < pos:
            continue
        attrs = f'tid="t{n}" type={quoteattr(t.type)} value={quoteattr(t.value)}'
        if t.mod:
            attrs += f" mod={quoteattr(t.mod)}"
        parts.append(escape(text[pos:t.start]))
        parts.append(f"<TIMEX3 {attrs}>{escape(text[t.start:t.end])}</TIMEX3>")
        pos = t.end
    parts.append(escape(text[pos:]))
    parts.append("</TEXT>\n</TimeML>\n")
    return "".join(parts)
