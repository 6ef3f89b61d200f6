"""CBS StatLine exports as `jeugdvergelijker controleer --json` reads them, against a second reader
written from CBS's own formats (StatLine's CSV download and the OData service's columns), not from
the C++: the same figures, value by value, with the same unit, period and status.

Run by ctest (scripts/statline_reference) with the CLI's path as the first argument, or
`python3 tests/scripts/test_statline_reference.py build/native/src/cli/jeugdvergelijker`.
The catalogue is every export in tests/fixtures/statline/ (whole and partial downloads, units %,
aantal and per 1 000, "*" and "**", "." "x" and "-", landsdelen, provincies, COROP and jeugdregio
rows, abbreviated topics, years, halves, quarters and months, gemeenten of earlier years, and the
OData form with codes and keys); the saved benchmark file there is no export and is left out.

What the reference knows of CBS's formats:
  CSV download  title lines; a header row with "Regio's" and "Perioden"; a row of topics above it
                when the header only says "Totaal"/"Relatief"; a unit line right under it; rows of
                figures; notes and the footer below, a row with one filled cell.
  OData         a header of keys: ID, RegioS (or WijkenEnBuurten), Perioden, optionally statcode and
                statnaam, topic keys with "_<position>"; codes padded with spaces; an empty cell
                (or R's NA) is no figure.
  regions       Nederland (NL00, NL01) is kept as NL; a name with a region code in brackets
                ("(PV)", "(LD)", "(CR)", "(JZ)", "(LG)") or a region code (PV26, CR17, LD01, JZ13) is
                no gemeente; a gemeente by its code or exact name of 2025 (also "Utrecht (gemeente)",
                and "Laren" for the one Laren (NH.)); any other name (a gemeente of an earlier year)
                is not read.
  periods       2022, "1e halfjaar 2022", "2022 1e halfjaar", "2023 1e kwartaal", "2e kwartaal 2023",
                2022JJ00, 2022HJ01, 2023KW01, 2023MM01; "*" or "**" after it: provisional.
  values        "." and "x": secret (no number); "-": nil (0); decimal comma in ';' files, point in
                ',' files; counts from 1 to 9 are never printed (the CLI hides them as own figures).
"""
import csv
import io
import json
import os
import re
import subprocess
import sys
import unittest

ROOT = os.path.join(os.path.dirname(__file__), "..", "..")
FIXTURES = os.path.join(ROOT, "tests", "fixtures", "statline")
CLI = None

# CBS's abbreviations in the youth tables' topic names (StatLine cuts names to fit its columns).
ABBREVIATIONS = {"jeugdh": "jeugdhulp", "jeugdz": "jeugdzorg", "jeugdbesch": "jeugdbescherming",
                 "jeugdrecl": "jeugdreclassering", "verbl": "verblijf"}
# OData topic keys (without "_<position>") of 85098NED and the Kerncijfers wijken en buurten:
# the topic's title on StatLine, written out, and its unit.
KEYS = {
    "JongerenMetJeugdhulpInNatura": ("Jongeren met jeugdhulp in natura", "%"),
    "JongerenMetJeugdhMetVerblInNat": ("Jongeren met jeugdhulp met verblijf in natura", "%"),
    "JongerenMetJeugdbescherming": ("Jongeren met jeugdbescherming", "%"),
    "JeugdbeschEnJeugdhMetVerblInNat": ("Jeugdbescherming en jeugdhulp met verblijf in natura", "%"),
    "JongerenMetJeugdreclassering": ("Jongeren met jeugdreclassering", "%"),
    "JongerenMetJeugdzorgInNatura": ("Jongeren met jeugdzorg in natura", "aantal"),
    "PercentageJongerenMetJeugdzorg": ("Percentage jongeren met jeugdzorg", "%"),
}
LABEL_KEYS = {"id", "statcode", "statnaam", "gemeentenaam", "soortregio", "codering"}
MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
          "november", "december"]


def gemeenten_2025():
    names, codes = {}, set()
    with open(os.path.join(ROOT, "data", "gemeenten_2025.csv"), encoding="utf-8") as f:
        for row in csv.DictReader(f):
            codes.add(row["code"])
            names[row["naam"].lower()] = row["code"]
    # "Laren" for Laren (NH.): a name without its province, when only one gemeente has it.
    bare = {}
    for name, code in names.items():
        m = re.fullmatch(r"(.*) \([a-z.]+\)", name)
        if m:
            bare.setdefault(m.group(1), []).append(code)
    for name, found in bare.items():
        if len(found) == 1 and name not in names:
            names[name] = found[0]
    return names, codes


NAMES, CODES = gemeenten_2025()


def expand(topic):
    words = topic.split(" ")
    out = []
    for i, w in enumerate(words):
        bare = w[:-1] if w.endswith(".") else w
        full = ABBREVIATIONS.get(bare.lower())
        if bare.lower() == "nat" and out and out[-1] == "in" and (w.endswith(".") or i == len(words) - 1):
            full = "natura"
        if full and (w.endswith(".") or i == len(words) - 1):
            w = full[0].upper() + full[1:] if bare[0].isupper() else full
        out.append(w)
    return " ".join(out)


def unit_of(text):
    t = re.sub(r"\s*\(zie toelichting\)$", "", text.strip()).lower()
    if t == "%":
        return "%"
    if t in ("aantal", "absoluut"):
        return "aantal"
    if t.startswith("per 1 000") or t.startswith("per 1000"):
        return "per 1.000"
    raise ValueError("unit " + text)


def region(text):
    """(kind, code): kind is 'nl', 'region', 'gemeente' or 'other'."""
    t = text.strip()
    if t.lower() in ("nederland", "nl00", "nl01"):
        return "nl", "NL"
    if re.fullmatch(r"(PV|LD|CR|JZ|LG|GG|RE|WK|BU)\d+", t) or re.search(r"\((PV|LD|CR|JZ|LG|GG|RE)\)$", t):
        return "region", None
    if re.fullmatch(r"GM\d{4}", t):
        return ("gemeente", t) if t in CODES else ("other", None)
    name = re.sub(r" \(gemeente\)$", "", t).lower()
    return ("gemeente", NAMES[name]) if name in NAMES else ("other", None)


def period(text):
    """(label, provisional)."""
    t = text.strip()
    provisional = t.endswith("*")
    t = t.rstrip("*").strip()
    m = re.fullmatch(r"(\d{4})(JJ|HJ|KW|MM)(\d\d)", t)
    if m:
        y, kind, n = m.group(1), m.group(2), int(m.group(3))
        return {"JJ": y, "HJ": f"{y}-H{n}", "KW": f"{y}-Q{n}", "MM": f"{y}-{n:02d}"}[kind], provisional
    if re.fullmatch(r"\d{4}", t):
        return t, provisional
    m = re.fullmatch(r"(\d{4}) (\d)e (halfjaar|kwartaal)", t) or re.fullmatch(r"(\d)e (halfjaar|kwartaal) (\d{4})", t)
    if m:
        g = m.groups()
        y, n, kind = (g[0], g[1], g[2]) if len(g[0]) == 4 else (g[2], g[0], g[1])
        return f"{y}-{'H' if kind == 'halfjaar' else 'Q'}{n}", provisional
    m = re.fullmatch(r"(\d{4}) ([a-z]+)", t)
    if m and m.group(2) in MONTHS:
        return f"{m.group(1)}-{MONTHS.index(m.group(2)) + 1:02d}", provisional
    raise ValueError("period " + text)


def number(text, decimal):
    t = text.strip()
    return float(t.replace(",", ".")) if decimal == "," else float(t)


def read(path):
    """{'columns': [(topic, unit)], 'values': {(column, gemeente, period): (value or None, status)}}"""
    with open(path, encoding="utf-8-sig") as f:
        text = f.read()
    first = next(line for line in text.splitlines() if "Perioden" in line)  # the header
    delimiter = ";" if first.count(";") >= first.count(",") else ","
    rows = list(csv.reader(io.StringIO(text), delimiter=delimiter))
    decimal = "," if delimiter == ";" else "."
    header_at = next(i for i, r in enumerate(rows)
                     if any(c.strip().lower() in ("regio's", "regios", "wijkenenbuurten") for c in r)
                     and any(c.strip().lower() == "perioden" for c in r))
    header = rows[header_at]
    region_col = next(i for i, c in enumerate(header) if c.strip().lower() in ("regio's", "regios", "wijkenenbuurten"))
    period_col = next(i for i, c in enumerate(header) if c.strip().lower() == "perioden")
    units = rows[header_at + 1] if header_at + 1 < len(rows) and not rows[header_at + 1][region_col] else None
    above = rows[header_at - 1] if header_at > 0 else []
    columns = {}
    for c, h in enumerate(header):
        if c in (region_col, period_col):
            continue
        key = re.fullmatch(r"([A-Za-z0-9]+)_\d+", h)
        stem = key.group(1) if key else h
        if stem.lower() in LABEL_KEYS:
            continue
        if key and stem in KEYS:
            columns[c] = KEYS[stem]
            continue
        if key:
            continue  # a key the reference does not know either
        topic = h
        if h.strip().lower() in ("totaal", "relatief", "absoluut", "aantal", "percentage", "") and c < len(above):
            topic = above[c]
        columns[c] = (expand(topic), unit_of(units[c]))
    values = {}
    for r in rows[header_at + (2 if units else 1):]:
        if len(r) <= max(region_col, period_col) or not r[period_col].strip():
            continue  # a note or the footer
        kind, code = region(r[region_col])
        if kind not in ("nl", "gemeente"):
            continue
        label, provisional = period(r[period_col])
        for c, (topic, unit) in columns.items():
            cell = r[c].strip() if c < len(r) else ""
            if cell in ("", "NA"):
                continue
            cell_provisional = cell.endswith("*")
            cell = cell.rstrip("*")
            if cell in (".", "x"):
                values[(c, code, label)] = (None, "geheim")
                continue
            value = 0.0 if cell == "-" else number(cell, decimal)
            values[(c, code, label)] = (value, "voorlopig" if provisional or cell_provisional else "definitief")
    return {"columns": {c: columns[c] for c in sorted(columns)}, "values": values}


def exports():
    for name in sorted(os.listdir(FIXTURES)):
        if not name.endswith(".csv"):
            continue
        with open(os.path.join(FIXTURES, name), encoding="utf-8-sig") as f:
            if f.readline().startswith("Jeugdvergelijker benchmarkbron"):
                continue  # a saved benchmark file, no export
        yield name


class StatLineAgainstReference(unittest.TestCase):
    def test_catalogue(self):
        names = list(exports())
        self.assertGreaterEqual(len(names), 8)
        units_seen, periods_seen = set(), set()
        for name in names:
            with self.subTest(file=name):
                ref = read(os.path.join(FIXTURES, name))
                run = subprocess.run([CLI, "controleer", os.path.join(FIXTURES, name), "--json"], capture_output=True,
                                     text=True)
                out = json.loads(run.stdout)
                self.assertEqual(out["vorm"], "CBS StatLine")
                # Every column: the topic written out and its unit.
                got_columns = {k["kolom"] - 1: (k["onderwerp"], k["eenheid"]) for k in out["kolommen"]}
                self.assertEqual(got_columns, ref["columns"])
                column_of = {k["indicator"]: k["kolom"] - 1 for k in out["kolommen"]}
                got = {}
                for v in out["cijfers"]:
                    c = column_of[v["indicator"]]
                    self.assertEqual(v["eenheid"], ref["columns"][c][1])
                    got[(c, v["gemeente"], v["periode"])] = (v["waarde"], v["status"])
                self.assertEqual(set(got), set(ref["values"]))
                for key, (value, status) in ref["values"].items():
                    shown, shown_status = got[key]
                    self.assertEqual(shown_status, status, key)
                    unit = ref["columns"][key[0]][1]
                    if value is None:
                        self.assertIsNone(shown, key)
                    elif unit == "aantal" and 0 < value < 10:
                        self.assertIsInstance(shown, str, key)  # hidden, never the number
                    else:
                        self.assertAlmostEqual(shown, value, places=9, msg=str(key))
                    units_seen.add(unit)
                    periods_seen.add(re.sub(r"^\d{4}", "", key[2])[:2])
        # The catalogue covers what the issue lists.
        self.assertTrue({"%", "aantal", "per 1.000"} <= units_seen, units_seen)
        self.assertTrue({"", "-H", "-Q", "-0"} <= periods_seen, periods_seen)


if __name__ == "__main__":
    CLI = os.path.abspath(sys.argv.pop(1)) if len(sys.argv) > 1 else os.path.join(ROOT, "build", "native", "src",
                                                                                  "cli", "jeugdvergelijker")
    unittest.main()
