"""scripts/generate-trajectories: the synthetic record files the Stromen tests and benchmark use.

Run by ctest (scripts/generate_trajectories) or `python3 tests/scripts/test_generate_trajectories.py`.
Each property is checked on a small file (2.000 rows: well under a second)."""
import datetime
import os
import re
import subprocess
import sys
import tempfile
import unittest

SCRIPT = os.path.join(os.path.dirname(__file__), "..", "..", "scripts", "generate-trajectories")
HEADER = "client;geboortejaar;gemeente;begindatum;einddatum;product;verwijzer;kosten"


def generate(*args, out=None):
    with tempfile.TemporaryDirectory() as tmp:
        path = out or os.path.join(tmp, "t.csv")
        run = subprocess.run([sys.executable, SCRIPT, *args, "--out", path], capture_output=True, text=True)
        if run.returncode != 0:
            raise AssertionError(run.stderr)
        with open(path, "rb") as f:
            return f.read()


def rows(data):
    lines = data.decode("utf-8").split("\n")
    assert lines[-1] == "", "the file ends with a newline"
    return lines[0], [line.split(";") for line in lines[1:-1]]


def day(text, dutch=False):
    return datetime.datetime.strptime(text, "%d-%m-%Y" if dutch else "%Y-%m-%d").date()


class GenerateTrajectories(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.data = generate("--rows", "2000", "--seed", "7")
        cls.header, cls.rows = rows(cls.data)

    def test_same_seed_same_bytes_other_seed_other_bytes(self):
        self.assertEqual(generate("--rows", "2000", "--seed", "7"), self.data)
        self.assertNotEqual(generate("--rows", "2000", "--seed", "8"), self.data)

    def test_header_and_exact_row_count_in_the_record_format(self):
        self.assertEqual(self.header, HEADER)
        self.assertEqual(len(self.rows), 2000)
        self.assertTrue(all(len(r) == 8 for r in self.rows))
        # About 80 bytes a row, so 1.000.000 rows are about 80 MB.
        self.assertTrue(70 <= len(self.data) / 2000 <= 95, len(self.data) / 2000)

    def test_marked_synthetic(self):
        self.assertTrue(all(re.fullmatch(r"SYN-\d{7}", r[0]) for r in self.rows))
        with tempfile.TemporaryDirectory() as tmp:
            subprocess.run([sys.executable, SCRIPT, "--rows", "10"], cwd=tmp, check=True, capture_output=True)
            self.assertEqual(os.listdir(tmp), ["trajecten_synthetisch_10_1.csv"])

    def test_values_in_the_forms_the_reader_takes(self):
        products = {r[5] for r in self.rows}
        self.assertEqual(products, {"zonder verblijf", "met verblijf", "jeugdbescherming", "jeugdreclassering"})
        share = sum(r[5] == "zonder verblijf" for r in self.rows) / len(self.rows)
        self.assertTrue(0.7 < share < 0.85, share)
        referrers = [r[6] for r in self.rows]
        self.assertTrue(set(referrers) <= {"gemeente/wijkteam", "huisarts", "jeugdarts", "gecertificeerde instelling",
                                           "medisch specialist", "rechter", "geen", ""})
        # The wijkteam and the huisarts refer most.
        top = sorted(set(referrers), key=referrers.count, reverse=True)[:2]
        self.assertEqual(set(top), {"gemeente/wijkteam", "huisarts"})
        self.assertTrue(all(re.fullmatch(r"\d+,\d\d", r[7]) for r in self.rows))
        self.assertTrue(all(re.fullmatch(r"GM\d{4}", r[2]) for r in self.rows))

    def test_dates_in_range_ordered_by_begin_with_open_and_year_crossing_trajectories(self):
        begins = [day(r[3]) for r in self.rows]
        self.assertEqual(begins, sorted(begins))
        self.assertTrue(min(begins) >= datetime.date(2019, 1, 1))
        ends = [day(r[4]) for r in self.rows if r[4]]
        self.assertTrue(max(ends) <= datetime.date(2025, 12, 31))
        self.assertTrue(all(day(r[4]) >= day(r[3]) for r in self.rows if r[4]))
        self.assertGreater(sum(r[4] == "" for r in self.rows), 50)
        self.assertGreater(sum(bool(r[4]) and r[4][:4] != r[3][:4] for r in self.rows), 200)

    def test_clients_reenter_and_stack_trajectories(self):
        by_client = {}
        for r in self.rows:
            by_client.setdefault((r[2], r[0]), []).append((day(r[3]), day(r[4]) if r[4] else datetime.date.max))
        reentry = overlap = 0
        for trajectories in by_client.values():
            trajectories.sort()
            latest = datetime.date.min
            for begin, end in trajectories:
                if latest != datetime.date.min and begin > latest:
                    reentry += 1
                if begin <= latest:
                    overlap += 1
                latest = max(latest, end)
        self.assertGreater(reentry, 100)
        self.assertGreater(overlap, 50)
        self.assertLess(len(by_client), 2000)

    def test_ages_zero_to_22_at_a_begin(self):
        ages = {int(r[3][:4]) - int(r[1]) for r in self.rows}
        self.assertEqual(min(ages), 0)
        self.assertEqual(max(ages), 22)

    def test_options_gemeenten_years_and_dutch_dates(self):
        _, got = rows(generate("--rows", "300", "--seed", "3", "--gemeenten", "GM0402,gm0361",
                               "--start", "2022", "--end", "2023", "--dutch-dates"))
        self.assertEqual({r[2] for r in got}, {"GM0402", "GM0361"})
        self.assertTrue(all(re.fullmatch(r"\d\d-\d\d-\d{4}", r[3]) for r in got))
        self.assertTrue(all(2022 <= day(r[3], True).year <= 2023 for r in got))
        bad = subprocess.run([sys.executable, SCRIPT, "--rows", "5", "--gemeenten", "Hilversum", "--out", os.devnull],
                             capture_output=True, text=True)
        self.assertEqual(bad.returncode, 2)
        self.assertIn("--gemeenten: geen GM-code: HILVERSUM", bad.stderr)


if __name__ == "__main__":
    unittest.main()
