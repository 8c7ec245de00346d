"""The timeline in other people's formats: TimelineJS3 JSON, CSV, iCalendar, Atom, JSON-LD.

Each function takes the site's event views (anything with the attributes of
`timeline.plugin.views.EventView`) and returns text. Nothing reads the clock: the Atom and
iCalendar timestamps come from the articles' creation dates, so the same input gives the same bytes.
"""
from __future__ import annotations

import csv
import io
import json
import uuid
from functools import lru_cache
from xml.sax.saxutils import escape as xml_escape, quoteattr

from .labels import interval
from .temporal.values import civil_from_days

COARSE = ("millennium", "century", "decade", "year")  # TimelineJS shows a year
MONTHLY = ("half", "quarter", "season", "month")  # ... a year and a month
SPANS = ("millennium", "century", "decade", "half", "quarter", "season", "week")  # need an end_date
_SCRIPT_UNSAFE = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}


def script_json(data) -> str:
    """JSON that is safe inside <script>: no `</script>`, `<!--` or JS line separators survive."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=False)
    for unsafe, escaped in _SCRIPT_UNSAFE.items():
        text = text.replace(unsafe, escaped)
    return text


def iso_day(days: int) -> str:
    """ISO 8601 calendar date, with the expanded year form for years outside 0000-9999."""
    year, month, day = civil_from_days(days)
    return f"{_iso_year(year)}-{month:02d}-{day:02d}"


def _iso_year(year: int) -> str:
    return f"{year:04d}" if 0 <= year <= 9999 else f"{year:+05d}"


def _historical_year(year: int) -> int:
    """Astronomical -> historical numbering, as people type BCE years in TimelineJS (44 BC = -44)."""
    return year if year > 0 else year - 1


# --- TimelineJS3 --------------------------------------------------------------------------------

def _tl_date(days: int, precision: str, label: str = "") -> dict:
    year, month, day = civil_from_days(days)
    date = {"year": _historical_year(year)}
    if precision not in COARSE:
        date["month"] = month
        if precision not in MONTHLY:
            date["day"] = day
    if label:
        date["display_date"] = label
    return date


def timelinejs_slide(event, group_by: str = "entity") -> dict | None:
    """One TimelineJS3 slide (its HTML fields escaped); None for an event without a calendar date."""
    iv = interval(event.date)
    if iv is None:
        return None
    slide = {"unique_id": event.id, "start_date": _tl_date(iv.start, iv.precision, event.label),
             "display_date": event.label,
             "text": {"headline": xml_escape(event.title), "text": _slide_text(event)}, "autolink": False}
    if iv.precision in SPANS:
        slide["end_date"] = _tl_date(iv.end - 1, iv.precision)
    group = _group(event, group_by)
    if group:
        slide["group"] = xml_escape(group)
    return slide


def _slide_text(event) -> str:
    """The quotes with their sources, as the escaped HTML TimelineJS shows under the headline."""
    quotes = "".join(f"<blockquote>{xml_escape(_plain(s.quote_html))}</blockquote>"
                     f"<p>— {xml_escape(s.title)}</p>" for s in event.sources)
    return quotes or f"<p>{xml_escape(event.text)}</p>"


@lru_cache(maxsize=1 << 17)
def _plain(quote_html) -> str:
    """A quote's text without its markup (the timeline export and the calendar both need it)."""
    return str(quote_html.striptags())


def _group(event, group_by: str) -> str:
    if group_by == "entity" and event.entities:
        return event.entities[0].name
    if group_by == "source" and event.sources:
        return event.sources[0].title
    return ""


def timelinejs(events, title: str, subtitle: str = "", group_by: str = "entity") -> dict:
    """A TimelineJS3 JSON document; `group_by` is "entity", "source" or "" (no groups).
    TimelineJS renders headlines, texts and groups as HTML, so every text in them is escaped."""
    slides = [s for s in (timelinejs_slide(e, group_by) for e in events) if s]
    return {"title": _timelinejs_title(title, subtitle), "events": slides}


def _timelinejs_title(title: str, subtitle: str) -> dict:
    return {"text": {"headline": xml_escape(title), "text": xml_escape(subtitle)}}


def _compute(kind: str, params: tuple, event, make):
    """How the export functions get an event's piece of a file: by computing it (the site
    generator passes a cache of pieces instead, see plugin/fragments.py)."""
    return make()


def timelinejs_json(events, title: str, subtitle: str = "", group_by: str = "entity", fragment=_compute) -> str:
    """`timeline.json`: `json.dumps(timelinejs(...), ensure_ascii=False, indent=1)` and a newline,
    put together from each slide's own JSON (a slide sits two levels deep, and JSON text holds no
    raw newline, so its lines only gain two spaces of indent)."""
    def slide_json(event) -> str:
        slide = timelinejs_slide(event, group_by)
        return "" if slide is None else json.dumps(slide, ensure_ascii=False, indent=1).replace("\n", "\n  ")

    slides = [text for text in (fragment("timelinejs", (group_by,), e, lambda e=e: slide_json(e)) for e in events)
              if text]
    head = json.dumps(_timelinejs_title(title, subtitle), ensure_ascii=False, indent=1).replace("\n", "\n ")
    body = "[\n  " + ",\n  ".join(slides) + "\n ]" if slides else "[]"
    return f'{{\n "title": {head},\n "events": {body}\n}}\n'


# --- CSV ----------------------------------------------------------------------------------------

CSV_COLUMNS = ("id", "date", "precision", "label", "start", "end", "kind", "title", "entities",
               "sources", "independent_sources", "documents", "url")


def events_csv(events, siteurl: str = "", fragment=_compute) -> str:
    """One row per event; `start`/`end` are the first and last day the date covers."""
    return _csv_line(CSV_COLUMNS) + "".join(fragment("csv", (siteurl,), e, lambda e=e: _csv_row(e, siteurl))
                                            for e in events)


def _csv_row(e, siteurl: str) -> str:
    return _csv_line([e.id, e.date, e.precision, e.label,
                      iso_day(e.start) if e.start is not None else "",
                      iso_day(e.end - 1) if e.end is not None else "", e.kind, e.title,
                      "; ".join(x.name for x in e.entities), len(e.sources), e.independent,
                      "; ".join(dict.fromkeys(s.document for s in e.sources)), _absolute(siteurl, e.url)])


def _csv_line(values) -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerow(values)
    return out.getvalue()


def _absolute(siteurl: str, url: str) -> str:
    return f"{siteurl.rstrip('/')}/{url}" if siteurl else url


# --- iCalendar ----------------------------------------------------------------------------------

def _ics_text(value: str) -> str:
    return (value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\r\n", "\\n").replace("\n", "\\n"))


def _fold(line: str) -> str:
    """RFC 5545 lines are at most 75 octets; longer ones continue on lines starting with a space.
    Cut on octets, never inside a UTF-8 character (continuation bytes are 0b10xxxxxx)."""
    data = line.encode("utf-8")
    if len(data) <= 75:
        return line
    out, start, limit = [], 0, 75
    while len(data) - start > limit:
        end = start + limit
        while data[end] & 0xC0 == 0x80:
            end -= 1
        out.append(data[start:end].decode("utf-8"))
        start, limit = end, 74
    out.append(data[start:].decode("utf-8"))
    return "\r\n ".join(out)


def _ics_date(days: int) -> str:
    year, month, day = civil_from_days(days)
    return f"{year:04d}{month:02d}{day:02d}"


def events_ics(events, title: str, stamp: str, siteurl: str = "", fragment=_compute) -> str:
    """All-day VEVENTs spanning each date's precision ("2024" runs 1 Jan-31 Dec); DTSTAMP is
    `stamp` (the latest article date) so the bytes never depend on the clock. iCalendar dates
    have four-digit years, so events before year 1 or after 9999 are left out."""
    stamp_iv = interval(stamp)
    dtstamp = f"{_ics_date(stamp_iv.start)}T000000Z" if stamp_iv else "19700101T000000Z"
    head = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Timeline Builder//timeline//EN",
            "CALSCALE:GREGORIAN", f"X-WR-CALNAME:{_ics_text(title)}"]
    vevents = "".join(fragment("ics", (dtstamp, siteurl), e, lambda e=e: _ics_event(e, dtstamp, siteurl))
                      for e in events)
    return "".join(_fold(line) + "\r\n" for line in head) + vevents + "END:VCALENDAR\r\n"


def _ics_event(e, dtstamp: str, siteurl: str) -> str:
    """An event's VEVENT, folded; "" when its date has no four-digit year."""
    if e.start is None or not 1 <= civil_from_days(e.start)[0] <= 9999 \
            or not 1 <= civil_from_days(e.end - 1)[0] <= 9999:
        return ""
    description = f"{e.label}. " + " ".join(f"“{_plain(s.quote_html)}” — {s.title}." for s in e.sources)
    lines = ["BEGIN:VEVENT", f"UID:{e.id}@timeline", f"DTSTAMP:{dtstamp}",
             f"DTSTART;VALUE=DATE:{_ics_date(e.start)}", f"DTEND;VALUE=DATE:{_ics_date(e.end)}",
             f"SUMMARY:{_ics_text(e.title)}", f"DESCRIPTION:{_ics_text(description)}"]
    if e.entities:
        lines.append("CATEGORIES:" + ",".join(_ics_text(x.name) for x in e.entities))
    if siteurl:
        lines.append(f"URL:{_absolute(siteurl, e.url)}")
    lines.append("END:VEVENT")
    return "".join(_fold(line) + "\r\n" for line in lines)


# --- Atom ---------------------------------------------------------------------------------------

def _atom_time(value: str) -> str:
    iv = interval(value)
    return f"{iso_day(iv.start)}T00:00:00Z" if iv and 1 <= civil_from_days(iv.start)[0] <= 9999 \
        else "1970-01-01T00:00:00Z"


def _urn(siteurl: str, title: str, key: str) -> str:
    """A stable id: the same site and event always give the same URN."""
    return uuid.uuid5(uuid.NAMESPACE_URL, f"{siteurl or title}/{key}").urn


def atom_feed(events, title: str, updated: str, siteurl: str = "", limit: int = 100) -> str:
    """The most recently reported events (newest article first); `updated` is the latest article date.
    Links are relative to the feed (at the site root) unless `siteurl` makes them absolute."""
    recent = sorted(events, key=lambda e: (interval(e.reported).start if interval(e.reported) else -10 ** 9,
                                           e.start if e.start is not None else -10 ** 9), reverse=True)[:limit]
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom">',
           f"<title>{xml_escape(title)}</title>", f"<id>{_urn(siteurl, title, '')}</id>",
           f"<updated>{_atom_time(updated)}</updated>", "<author><name>Timeline Builder</name></author>",
           f"<link rel=\"self\" href={quoteattr(_absolute(siteurl, 'events.atom'))}/>",
           f"<link rel=\"alternate\" type=\"text/html\" href={quoteattr(_absolute(siteurl, 'index.html'))}/>"]
    for e in recent:
        quotes = "".join(f"<blockquote>{s.quote_html}</blockquote><p>— {xml_escape(s.title)}</p>" for s in e.sources)
        out += ["<entry>", f"<title>{xml_escape(f'{e.label}: {e.title}')}</title>",
                f"<id>{_urn(siteurl, title, e.id)}</id>", f"<updated>{_atom_time(e.reported or updated)}</updated>",
                f"<link rel=\"alternate\" type=\"text/html\" href={quoteattr(_absolute(siteurl, e.url))}/>",
                f"<summary>{xml_escape(e.text)}</summary>",
                f"<content type=\"html\">{xml_escape(quotes)}</content>"]
        out += [f"<category term={quoteattr(x.name)}/>" for x in e.entities]
        out.append("</entry>")
    out.append("</feed>")
    return "\n".join(out) + "\n"


# --- schema.org ---------------------------------------------------------------------------------

def event_jsonld(event, sources_by_id: dict, siteurl: str = "") -> str:
    """schema.org `Event` JSON-LD for an event page, safe to put inside <script>."""
    data = {"@context": "https://schema.org", "@type": "Event", "name": event.title,
            "description": event.text, "identifier": event.id}
    if event.start is not None:
        data["startDate"], data["endDate"] = iso_day(event.start), iso_day(event.end - 1)
    if siteurl:
        data["url"] = _absolute(siteurl, event.url)
    if event.kind == "planned":
        data["eventStatus"] = "https://schema.org/EventScheduled"
    if event.entities:
        data["about"] = [{"@type": "Thing", "name": x.name} for x in event.entities]
    articles = []
    for s in event.sources:
        article = {"@type": "NewsArticle", "headline": s.title, "text": _plain(s.quote_html)}
        doc = sources_by_id.get(s.document)
        if doc is not None and doc.dct:
            article["datePublished"] = doc.dct
        articles.append(article)
    if articles:
        data["subjectOf"] = articles
    return script_json(data)
