"""The flow indicators of `jeugdvergelijker stromen` against a second, deliberately naive
implementation of the README's definitions: day by day, per young person, no spans, no histograms.

Run by ctest (scripts/flows_reference) with the CLI's path as the first argument, or
`python3 tests/scripts/test_flows_reference.py build/native/src/cli/jeugdvergelijker`.
A generated file (scripts/generate-trajectories, 6.000 rows over two gemeenten, 2021-2024) is read by
both; every figure the CLI prints as a number (counts of 10 or more, durations of 10 or more
trajectories) must equal the reference, per gemeente, period (jaar, kwartaal, maand) and breakdown."""
import collections
import datetime
import json
import os
import statistics
import subprocess
import sys
import tempfile
import unittest

ROOT = os.path.join(os.path.dirname(__file__), "..", "..")
GENERATOR = os.path.join(ROOT, "scripts", "generate-trajectories")
CLI = None
BANDS = [(0, 3, "0-3 jaar"), (4, 11, "4-11 jaar"), (12, 17, "12-17 jaar"), (18, 22, "18-22 jaar"),
         (23, 999, "23 jaar en ouder")]


def band(age):
    for low, high, label in BANDS:
        if age <= high:
            return label
    return BANDS[-1][2]


def periods(first, last, kind):
    """(label, start, end) of every period from the one holding `first` to the one holding `last`."""
    out = []
    y, m = first.year, first.month
    step = {"jaar": 12, "kwartaal": 3, "maand": 1}[kind]
    m = (m - 1) // step * step + 1
    while datetime.date(y, m, 1) <= last:
        start = datetime.date(y, m, 1)
        ny, nm = (y + 1, 1) if m + step > 12 else (y, m + step)
        end = datetime.date(ny, nm, 1) - datetime.timedelta(days=1)
        label = str(y) if kind == "jaar" else f"{y}-Q{(m - 1) // 3 + 1}" if kind == "kwartaal" else f"{y}-{m:02d}"
        out.append((label, start, end))
        y, m = ny, nm
    return out


def reference(path, kind):
    """{(gemeente, indicator, breakdown, period): value} by brute force over days."""
    with open(path, encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split(";")
        col = {name: i for i, name in enumerate(header)}
        rows = [line.rstrip("\n").split(";") for line in f if line.strip()]
    parse = lambda s: datetime.date.fromisoformat(s)
    trajectories = []
    for r in rows:
        begin = parse(r[col["begindatum"]])
        end = parse(r[col["einddatum"]]) if r[col["einddatum"]] else None
        trajectories.append((r[col["gemeente"]], r[col["client"]], int(r[col["geboortejaar"]]), begin, end,
                             r[col["verwijzer"]]))
    peildatum = max(max(t[3] for t in trajectories), max(t[4] for t in trajectories if t[4]))
    by_client = collections.defaultdict(list)
    for t in trajectories:
        by_client[(t[0], t[1])].append(t)
    out = {}

    def add(key, amount=1):
        out[key] = out.get(key, 0) + amount

    for gemeente in sorted({t[0] for t in trajectories}):
        first = min(t[3] for t in trajectories if t[0] == gemeente)
        plist = periods(first, peildatum, kind)
        clients = {k: v for k, v in by_client.items() if k[0] == gemeente}
        for (_, _), ts in clients.items():
            birth = ts[0][2]
            running = collections.Counter()  # day -> trajectories running
            for t in ts:
                day, stop = t[3], min(t[4] or peildatum, peildatum)
                while day <= stop:
                    running[day] += 1
                    day += datetime.timedelta(days=1)
            for label, start, end in plist:
                b = band(start.year - birth)
                days = [d for d in running if start <= d <= end]
                # An open trajectory runs on after the peildatum too.
                runs_on = lambda d: any(t[3] <= d and (t[4] is None or t[4] >= d) for t in ts)
                before = runs_on(start - datetime.timedelta(days=1))
                after = runs_on(end + datetime.timedelta(days=1))
                values = {
                    "stroom_in_zorg": bool(days),
                    "stroom_instroom": any(start <= t[3] <= end for t in ts) and not before,
                    "stroom_uitstroom": any(t[4] and start <= t[4] <= end for t in ts) and not after,
                    "stroom_stapeling": any(running[d] >= 2 for d in days),
                }
                for indicator, yes in values.items():
                    if yes:
                        add((gemeente, indicator, "", label))
                        add((gemeente, indicator, b, label))
        for t in (t for t in trajectories if t[0] == gemeente):
            for label, start, end in plist:
                if start <= t[3] <= end:
                    add((gemeente, "stroom_verwijzingen", "", label))
                if t[4] and start <= t[4] <= end:
                    out.setdefault((gemeente, "durations", "", label), []).append((t[4] - t[3]).days + 1)
        for label, _, _ in plist:
            durations = out.pop((gemeente, "durations", "", label), [])
            if durations:
                out[(gemeente, "stroom_duur_gemiddeld", "", label)] = sum(durations) / len(durations)
                out[(gemeente, "stroom_duur_mediaan", "", label)] = statistics.median(durations)
                out[(gemeente, "stroom_duur_n", "", label)] = len(durations)
    return out


class FlowsAgainstReference(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        cls.path = os.path.join(cls.tmp.name, "trajecten.csv")
        subprocess.run([sys.executable, GENERATOR, "--rows", "6000", "--seed", "11", "--gemeenten", "GM0402,GM0361",
                        "--start", "2021", "--end", "2024", "--out", cls.path], check=True, capture_output=True)

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def compare(self, kind):
        run = subprocess.run([CLI, "stromen", self.path, "--periode", kind, "--json"], capture_output=True, text=True)
        self.assertEqual(run.returncode, 0, run.stderr)
        cli = json.loads(run.stdout)
        expected = reference(self.path, kind)
        checked = 0
        seen_periods = set()
        for figure in cli["cijfers"]:
            key = (figure["gemeente"], figure["indicator"], figure["uitsplitsing"], figure["periode"])
            seen_periods.add((figure["gemeente"], figure["periode"]))
            value = figure["waarde"]
            if not isinstance(value, (int, float)) or isinstance(value, bool):
                continue  # hidden ("< 10", "verborgen") or nothing to compute
            if figure["indicator"] in ("stroom_in_zorg", "stroom_instroom", "stroom_uitstroom", "stroom_stapeling"):
                self.assertEqual(value, expected.get(key, 0), key)
                checked += 1
            elif figure["indicator"] == "stroom_verwijzingen" and figure["uitsplitsing"] == "":
                self.assertEqual(value, expected.get(key, 0), key)
                checked += 1
            elif figure["indicator"] in ("stroom_duur_gemiddeld", "stroom_duur_mediaan") and figure["uitsplitsing"] == "":
                self.assertAlmostEqual(value, expected[key], places=6, msg=key)
                checked += 1
        # Every period the reference has, the CLI has, and the comparison was not empty.
        for (gemeente, indicator, _, label) in expected:
            if indicator == "stroom_in_zorg":
                self.assertIn((gemeente, label), seen_periods)
        self.assertGreater(checked, 50)
        return checked

    def test_years(self):
        self.compare("jaar")

    def test_quarters(self):
        self.compare("kwartaal")

    def test_months(self):
        self.compare("maand")


if __name__ == "__main__":
    CLI = os.path.abspath(sys.argv.pop(1)) if len(sys.argv) > 1 else os.path.join(ROOT, "build", "native", "src",
                                                                                  "cli", "jeugdvergelijker")
    unittest.main()
