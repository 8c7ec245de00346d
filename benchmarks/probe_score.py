"""Score the tagger on the probe texts in benchmarks/probes/: wire-style news, histories, business
news, other genres and whole articles; about 1,800 expressions written for this project apart
from TBAQ, to see whether what the grammar learnt from TBAQ carries over to other text.

An expected expression is right when one expression found overlaps it, with the same span (an
opening "the" and case aside), type and value ("a|b" gives alternatives of a type or a value,
None any value). Some
expectations are conventions TimeML leaves open; the figure to watch is the change, not 100%.

    python benchmarks/probe_score.py [--output FILE.md] [--errors]
"""
from __future__ import annotations

import argparse
import importlib.util
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT.parent))

from timeline import tag  # noqa: E402

SETS = (("wire", "wire-style news: weekdays, tense, clock times, names"),
        ("history", "histories and stories: dates counted from the date told"),
        ("business", "business news: quarters, fiscal years, markets"),
        ("genres", "sports, courts, science, disasters, elections, obituaries"),
        ("articles", "fifteen whole articles of 340-400 words"),
        ("articles2", "twelve wire articles, 1995-2024"),
        ("stories2", "twelve histories, biographies and retold stories"),
        ("articles3", "twelve more news articles, 1990-2025"),
        ("articles4", "fourteen news articles, 1988-2025, written after the session's fixes"),
        ("articles5", "ten news articles and four histories, 1985-2025, kept unseen"),
        ("articles6", "fourteen articles in British, Indian, Australian and other styles, 1995-2025"),
        ("articles7", "twelve wire and business stories in the style of 1989-2000"),
        ("articles8", "fourteen news articles and features in several house styles, 2015-2026"),
        ("articles9", "twelve wire, British, Australian, science, tech and explainer articles, 1990-2026"),
        ("articles10", "fourteen articles of 2010-2014 in the styles of BBC, CNN, NYT, WSJ, AP, AFP, Reuters, Wikinews"),
        ("articles11", "twelve wire, business, court, sport, science and local articles, 1995-2020"),
        ("articles12", "fourteen AP, CNN, WSJ, BBC and NYT articles of 2012-2016, kept unseen"),
        ("articles13", "twelve texts of 1996-2024: wire, business, features, history explainers, obituaries"),
        ("articles14", "fourteen AP, Reuters, AFP, Xinhua, NYT, WSJ, CNN and BBC articles of 2007-2011"),
        ("articles15", "twelve AP, Reuters, CNN, BBC, Guardian, WSJ and NYT articles of 2013-2019"),
        ("articles16", "fourteen AP, Reuters, AFP, NYT, WSJ, Washington Post, CNN and BBC articles of 1998-2006"),
        ("articles17", "twelve AP, Reuters, CNN, BBC, NYT, WSJ and Bloomberg articles of 2020-2024, kept unseen"),
        ("articles18", "twelve AP, Reuters, WSJ, NYT and ABC/CNN transcript stories of 1996-2001"),
        ("articles19", "twelve regional US, UK, Irish, Australian, Canadian and Indian articles of 2005-2019"),
        ("articles20", "twelve AP, Reuters, AFP, BBC, CNN, Guardian and NYT articles of 2011-2014, kept unseen"),
        ("articles21", "twelve WSJ, AP, NYT, Reuters and UPI articles of 1989-1995"),
        ("articles22", "twelve NPR/VOA transcripts, press releases, Wikinews, Al Jazeera, SCMP, Times of India and features, 2001-2023"),
        ("articles23", "twelve US local TV, police, court, weather, school board, council and sports stories of 2008-2024"),
        ("articles24", "twelve explainers, backgrounders, anniversary features and obituaries that retell a history, 1996-2024"),
        ("articles25", "twelve AP, Reuters, AFP, NYT, Washington Post, BBC and NPR articles of 1997-2023, kept unseen"),
        ("articles26", "twelve Bloomberg, Reuters, FT, WSJ, CNBC and MarketWatch business and markets stories of 1998-2024"),
        ("articles27", "twelve AP, AP state wire, Reuters, AFP, BBC, Guardian and LA Times articles of 2002-2023, kept unseen"),
        ("articles28", "twelve Politico, Hill, AP, Reuters, Washington Post, Times and Irish Times politics and courts stories of 2003-2024"),
        ("articles29", "twelve ESPN, BBC Sport, Reuters, AP, Nature, STAT, Ars Technica and Verge sport, science and tech stories of 2006-2024"),
        ("articles30", "twelve Xinhua, Kyodo, Yonhap, PTI, AAP, Deutsche Welle, France 24 and RTE articles of 2004-2024"),
        ("articles31", "twelve US and UK regional and local stories of 2003-2024, kept unseen"),
        ("articles32", "twelve histories, biographies and 'on this day' retellings of events from 1066 to 2015"),
        ("articles33", "twelve Variety, Hollywood Reporter, Billboard, Guardian, NYT arts, Rolling Stone and BBC culture stories of 2005-2024"),
        ("articles34", "twelve live blogs, rolling updates, 'what we know' pieces and newsletters of 2011-2024"),
        ("articles35", "twelve AP, Reuters, AFP, Washington Post, WSJ, Times and Sydney Morning Herald articles of 1994-2024, kept unseen"),
        ("articles36", "twelve AFP, AP, Reuters, Xinhua, BBC and Al Jazeera wire stories of 2010-2013, kept unseen"),
        ("articles37", "twelve Bloomberg, FT, WSJ, CNBC, Reuters and Dow Jones business and economics stories of 1998-2024"),
        ("articles38", "twelve US, UK, Canadian and Australian local and regional stories of 1995-2024"),
        ("articles39", "twelve AP, Reuters, AFP, CNN, Guardian and NYT articles of 2014-2021, kept unseen"),
        ("articles40", "twelve AP, Reuters, BBC Sport, ESPN, Nature, Science, Verge and Wired sport, science and tech stories of 2000-2024"),
        ("articles41", "twelve Politico, Roll Call, AP, Washington Post, BBC, Irish Times and Globe and Mail politics and courts stories of 1992-2024"),
        ("articles42", "twelve AP, NYT, WSJ, Xinhua, ABC and CNN stories and transcripts of 1989-2000, TimeBank's era"),
        ("articles43", "twelve Times of India, Hindu, SCMP, Straits Times, News24, Nation, Irish Independent and ABC Australia stories of 2003-2024"),
        ("articles44", "twelve Economist, Atlantic, New Yorker, Foreign Affairs, Spiegel International and Le Monde analyses and features of 2006-2025"),
        ("articles45", "twelve press releases, earnings releases and calls, central bank statements and public notices of 2004-2025"),
        ("articles46", "twelve AP, Reuters, AFP, New York Times and Washington Post stories of 1995-2008, kept unseen"),
        ("articles47", "twelve obituaries, match reports, weather forecasts, what's-on listings, travel pieces and live blogs of 2009-2025"),
        ("articles48", "twelve AP, Reuters, AFP, BBC, New York Times and Wall Street Journal stories of 2012-2014, TempEval-3's era"),
        ("articles49", "twelve AP, Reuters, Guardian, Washington Post, Bloomberg, NPR and regional news and features of 2015-2025, kept unseen"),
        ("articles50", "twelve AP, Reuters, BBC, Guardian, LA Times, Globe and Mail and Sydney Morning Herald stories of 1999-2025 telling events day by day"),
        ("articles51", "twelve AP, Reuters, AFP, Bloomberg, New York Times and BBC stories of 2016-2024, kept unseen"),
        ("articles52", "twelve AP, Reuters, NYT, WSJ, FT and local stories of 1997-2011 on courts, elections, companies, health and sport"),
        ("articles53", "twelve Reuters, AP, Guardian, Times of India, Irish Times, CNN and regional stories of 2008-2024, kept unseen"),
        ("articles54", "twelve CNN, ABC News, VOA, PRI and NPR broadcast transcripts and AP stories of 1997-2013"),
        ("articles56", "twelve US, UK, Irish and Australian local stories of 2000-2024: match, court and council reports, obituaries, events"),
        ("articles58", "twelve WSJ, NYT, AP, UPI, LA Times and Chicago Tribune stories of 1989-2008: politics, courts, strikes, disasters, companies"),
        ("articles60", "twelve previews, explainers and features of 2004-2025: sport, space missions, festivals, travel and policy"),
        ("articles62", "twelve AP, Reuters, Guardian, Irish Times, Globe and Mail, Straits Times and local stories of 1992-2024, rich in weekdays and clock times"),
        ("articles64", "twelve AP, Reuters, BBC, Guardian, NYT and regional stories of 1995-2024: sport, elections, courts, city news"),
        ("articles66", "twelve WSJ, NYT, AP, Reuters, Washington Post and CNN stories of 1988-2016 in TimeBank's and TempEval-3's manner"),
        ("articles55", "twelve Xinhua, AFP, AP worldstream, NYT News Service and Kyodo stories of 1998-2013, kept unseen"),
        ("articles57", "twelve Reuters, Bloomberg, Dow Jones, AP and WSJ business and economics stories of 1995-2020, kept unseen"),
        ("articles59", "twelve AP, Reuters, BBC, Times, Hindustan Times, ABC and Toronto Star stories of 1990-2022, kept unseen"),
        ("articles61", "twelve AP, Reuters, AFP, AP worldstream and NYT international stories of 1996-2012, kept unseen"),
        ("articles63", "twelve AP, Reuters, AFP, Bloomberg, BBC, Guardian and NYT stories of 1996-2023, kept unseen"),
        ("articles65", "twelve Reuters, Bloomberg, AP, FT, CNBC and regional business and general stories of 2001-2023, kept unseen"),
        ("articles67", "twelve AP, Reuters, BBC, NPR, Guardian, LA Times and regional stories and features of 1991-2025, kept unseen"),
        ("articles68", "twelve AP, Reuters, AFP, NYT, Washington Post and UPI stories of 1994-2014: politics, diplomacy, courts, disasters, companies"),
        ("articles70", "twelve WSJ, Bloomberg, Reuters, AP, FT and Dow Jones stories of 1989-2022: markets, results, central banks, budgets"),
        ("articles72", "twelve AP, Reuters, AFP, NYT, CNN and BBC stories of 2010-2014, TempEval-3's era"),
        ("articles74", "twelve NYT, Washington Post, Guardian, AP, Reuters and LA Times reconstructions, anniversaries and obituaries of 1996-2024"),
        ("articles76", "twelve WSJ, NYT business, AP and Dow Jones stories of 1988-1992: results, takeovers, markets, regulators"),
        ("articles78", "twelve AP, Reuters, Guardian, BBC, CNN and local TV live updates, rolling stories and timelines of 2008-2025"),
        ("articles80", "twelve AP, Reuters, ESPN, BBC Sport, Guardian, Variety and Billboard sport and culture stories of 1998-2025"),
        ("articles82", "twelve AP, Reuters, Bloomberg, Politico, Washington Post, FT and BBC stories of 1997-2025 that look ahead"),
        ("articles84", "twelve AP, NYT News Service, Xinhua, WSJ and ABC and CNN transcript stories of 1998-2000, AQUAINT's era"),
        ("articles86", "twelve AP, Reuters, STAT, Nature News, BBC, Guardian, Ars Technica and Verge science, health and tech stories of 2000-2025"),
        ("articles88", "twelve AP, AP state wire, Chicago Tribune, Boston Globe, Houston Chronicle, Seattle Times and Miami Herald crime, courts and city stories of 1996-2025"),
        ("articles90", "twelve AP, Reuters, AFP, Xinhua, Kyodo, Al Jazeera and BBC international stories of 1999-2025"),
        ("articles92", "twelve AP, NYT, Washington Post, Guardian, Times and Globe and Mail obituaries and profiles of 1990-2025"),
        ("articles94", "twelve Reuters, Bloomberg, WSJ, CNBC, FT, AP and Dow Jones company results and markets stories of 2000-2025"),
        ("articles96", "twelve AP, Reuters, Weather Channel, AFP, Guardian and US and UK local severe weather and disaster stories of 1996-2025"),
        ("articles98", "twelve AP, Reuters, BBC, The Hill, AFP, Guardian and Politico election and politics stories of 1997-2025"),
        ("articles100", "twelve AP, Reuters, BBC, CNN Health, STAT and local health and medicine stories of 1998-2025"),
        ("articles102", "twelve AP, Reuters, BBC, Bloomberg, local and trade press transport and travel stories of 1998-2025"),
        ("articles104", "twelve AP, Reuters, ESPN, BBC Sport, Guardian, Athletic and local sport stories of 1996-2025"),
        ("articles106", "twelve AP, NYT, Washington Post, Guardian, BBC and local crime and court reconstructions of 1997-2025"),
        ("articles108", "twelve Reuters, Bloomberg, AP, WSJ, FT and MarketWatch economic data and central bank stories of 1998-2025"),
        ("articles110", "twelve AP, Variety, Hollywood Reporter, Billboard, Guardian, BBC and local culture and entertainment stories of 1998-2025"),
        ("articles112", "twelve AP state wire, US and UK local, BBC local, Patch and community radio local government and school stories of 1996-2025"),
        ("articles114", "twelve AP, Reuters, AFP, BBC, Al Jazeera, NYT and Guardian war, ceasefire and diplomacy stories of 1996-2025"),
        ("articles116", "twelve AP, Reuters, Bloomberg, FT, Verge, TechCrunch and CNBC technology and business stories of 1999-2025"),
        ("articles118", "twelve AP, NYT, BBC, Guardian, Smithsonian-style and encyclopedia-like history and anniversary stories of 1995-2025"),
        ("articles120", "twelve AP, AFP, Reuters, BBC, CNN and NYT wire stories of 2012-2014, TempEval-3's era"),
        ("articles122", "twelve AP, NYT, WSJ, Reuters, UPI and Dow Jones business, markets, politics and foreign stories of 1989-2000, TimeBank's era"),
        ("articles69", "twelve AP, Reuters, AFP, Xinhua, BBC and LA Times stories of 1996-2023, kept unseen"),
        ("articles71", "twelve AP state wire, US metro, Guardian, Irish Times, Toronto Star and Sydney Morning Herald local stories of 1999-2025, kept unseen"),
        ("articles73", "twelve AP, Reuters, AFP, Xinhua, Washington Post and Guardian stories of 2009-2015, kept unseen"),
        ("articles75", "twelve AP, Reuters, AFP, NYT, BBC, NPR and Globe and Mail stories of 1993-2025, kept unseen"),
        ("articles77", "twelve AP, NYT, WSJ, Xinhua, ABC, CNN and PRI stories and transcripts of 1989-2000, kept unseen"),
        ("articles79", "twelve AP, Reuters, AFP, Bloomberg, NYT, Guardian, Times of India and Straits Times stories of 2000-2025, kept unseen"),
        ("articles81", "twelve AP, Reuters, AFP, BBC, NYT, LA Times and Hollywood Reporter sport and culture stories of 1996-2024, kept unseen"),
        ("articles83", "twelve AP, Reuters, AFP, NYT, WSJ, Guardian and CNN stories of 1995-2024 that look ahead, kept unseen"),
        ("articles85", "twelve AP, NYT News Service, Xinhua, WSJ, VOA and CNN stories of 1989-2001, kept unseen"),
        ("articles87", "twelve AP, Reuters, AFP, NYT, BBC, NPR and Wired science, health and tech stories of 1998-2025, kept unseen"),
        ("articles89", "twelve AP, LA Times, Philadelphia Inquirer, Denver Post, Star Tribune and Atlanta Journal-Constitution crime, courts and city stories of 1995-2025, kept unseen"),
        ("articles91", "twelve AP, Reuters, AFP, Xinhua, Guardian, Deutsche Welle and France 24 international stories of 1996-2024, kept unseen"),
        ("articles93", "twelve AP, Reuters, LA Times, Telegraph, Irish Times and Sydney Morning Herald obituaries and profiles of 1993-2025, kept unseen"),
        ("articles95", "twelve Reuters, AP, Bloomberg, MarketWatch, FT and Nikkei Asia business stories of 1998-2025, kept unseen"),
        ("articles97", "twelve AP, AFP, Reuters, BBC, ABC (Australia) and local storm, flood, fire and quake stories of 1995-2025, kept unseen"),
        ("articles99", "twelve AP, Reuters, NYT, Times of India, Politico Europe and AFP election and politics stories of 1996-2025, kept unseen"),
        ("articles101", "twelve AP, Reuters, Guardian, NPR, KFF Health News and local health stories of 1997-2025, kept unseen"),
        ("articles103", "twelve AP, Reuters, FT, AFP, local and trade press transport stories of 1996-2025, kept unseen"),
        ("articles105", "twelve AP, Reuters, AFP, Sky Sports, Times, Sydney Morning Herald and local sport stories of 1995-2025, kept unseen"),
        ("articles107", "twelve AP, Reuters, LA Times, Times, ProPublica and local reconstructions of crimes and accidents of 1996-2025, kept unseen"),
        ("articles109", "twelve Reuters, Bloomberg, AP, FT, EIU and Nikkei Asia economic data and central bank stories of 1997-2025, kept unseen"),
        ("articles111", "twelve AP, Reuters, Variety, Rolling Stone, Guardian, Irish Times and local arts stories of 1996-2025, kept unseen"),
        ("articles113", "twelve AP state wire and US, UK, Canadian and Australian local government stories of 1996-2025, kept unseen"),
        ("articles115", "twelve AP, Reuters, AFP, Xinhua, Washington Post and Times conflict and diplomacy stories of 1997-2025, kept unseen"),
        ("articles117", "twelve AP, Reuters, Bloomberg, Wired, Ars Technica and Guardian technology stories of 1998-2025, kept unseen"),
        ("articles119", "twelve AP, Reuters, BBC, Irish Times, history-magazine and encyclopedia-like history stories of 1996-2025, kept unseen"),
        ("articles121", "twelve AP, AFP, Reuters, BBC, CNN and NYT wire stories of 2012-2014, TempEval-3's era, kept unseen"),
        ("articles123", "twelve AP, NYT, WSJ, Reuters, UPI and Dow Jones business, markets, politics and foreign stories of 1989-2000, TimeBank's era, kept unseen"))


def _load(name: str) -> list[tuple]:
    spec = importlib.util.spec_from_file_location(f"probes_{name}", ROOT / "probes" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.PROBES


def _cases(name: str):
    """(dct, doc_type, text, expected) whatever the set's layout."""
    for probe in _load(name):
        if len(probe) == 4:
            dct, doc_type, text, expected = probe
            yield dct, doc_type or "auto", text, expected
        else:
            dct, text, expected = probe
            yield dct, "auto", text, expected


def _same_span(a: str, b: str) -> bool:
    def norm(s: str) -> str:
        s = s.lower().strip()
        return s[4:] if s.startswith("the ") else s
    return norm(a) == norm(b)


def _find_word(text: str, span: str, start: int) -> int:
    """Where `span` next occurs as whole words: "now" is not the one inside "known"."""
    m = re.compile(rf"(?<!\w){re.escape(span)}(?!\w)").search(text, start)
    return m.start() if m else -1


def _places(text: str, expected) -> list[tuple[int, int]]:
    """Where each expected span is: a span listed twice is its first and second occurrence, and
    an occurrence inside a longer expected span ("Wednesday" in "Wednesday morning") is not one."""
    places: dict[int, tuple[int, int]] = {}
    taken: list[tuple[int, int]] = []
    cursor: dict[str, int] = {}
    for i in sorted(range(len(expected)), key=lambda i: (-len(expected[i][0]), i)):
        span = expected[i][0]
        at = _find_word(text, span, cursor.get(span, 0))
        while at >= 0 and any(a <= at and at + len(span) <= b for a, b in taken):
            at = _find_word(text, span, at + 1)
        if at < 0:
            raise ValueError(f"{span!r} not found in: {text[:60]}...")
        places[i] = (at, at + len(span))
        cursor[span] = at + 1
        taken.append(places[i])
    return [places[i] for i in range(len(expected))]


def score(name: str) -> tuple[int, int, int, list[str]]:
    """(expected, right, extra, error lines) for one probe set."""
    n_expected = n_right = n_extra = 0
    errors = []
    for dct, doc_type, text, expected in _cases(name):
        found = tag(text, dct=dct, doc_type=doc_type)
        used = set()
        for (start, end), (span, type_, value) in zip(_places(text, expected), expected):
            n_expected += 1
            hits = [i for i, t in enumerate(found) if t.start < end and start < t.end]
            used.update(hits)
            t = found[hits[0]] if hits else None
            ok = (len(hits) == 1 and t.type in type_.split("|") and _same_span(t.text, span)
                  and (value is None or t.value in value.split("|")))
            n_right += ok
            if not ok:
                got = "nothing" if t is None else f"{t.text!r} {t.type} {t.value}" + (" (and more)" if len(hits) > 1 else "")
                errors.append(f"[{dct}] {text}\n    expected {span!r} {type_} {value}, got {got}")
        for i, t in enumerate(found):
            if i not in used:
                n_extra += 1
                errors.append(f"[{dct}] {text}\n    extra {t.text!r} {t.type} {t.value}")
    return n_expected, n_right, n_extra, errors


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", help="also write the table to this Markdown file")
    parser.add_argument("--errors", action="store_true", help="print every disagreement")
    args = parser.parse_args(argv)
    rows = ["| probe set | expressions | right (span, type, value) | found but not expected |", "|---|---:|---:|---:|"]
    for name, about in SETS:
        n, right, extra, errors = score(name)
        rows.append(f"| {name}: {about} | {n} | {right} ({100 * right / n:.1f}%) | {extra} |")
        if args.errors:
            print("\n".join(errors))
    table = "\n".join(rows) + "\n"
    print(table, end="")
    if args.output:
        Path(args.output).write_text("# The tagger on the probe sentences\n\n" + table, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
