"""Builds the bundled sample slices in src/main/resources/dev/glas/samples/ from ../shared/data.

Seeded and deterministic; rows keep their original order. Run from the repository root:
    /usr/bin/python3 src/test/python/make_samples.py
"""
import csv
import os
import random

SRC = os.path.join("..", "shared", "data")
DST = os.path.join("src", "main", "resources", "dev", "glas", "samples")


def read(name, delimiter=","):
    with open(os.path.join(SRC, name), newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f, delimiter=delimiter))
    return rows[0], rows[1:]


def write(name, header, rows, delimiter=","):
    with open(os.path.join(DST, name), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, delimiter=delimiter, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def random_rows(rows, n, seed):
    rnd = random.Random(seed)
    keep = sorted(rnd.sample(range(len(rows)), n))
    return [rows[i] for i in keep]


def main():
    os.makedirs(DST, exist_ok=True)
    h, rows = read("WA_Fn-UseC_-Telco-Customer-Churn.csv")
    write("telco_churn.csv", h, random_rows(rows, 3000, 42))

    h, rows = read("bank-full.csv", ";")
    write("bank_marketing.csv", h, random_rows(rows, 4000, 42), delimiter=";")

    h, rows = read("online_retail.csv")
    cust = sorted({r[6] for r in rows if r[6]})
    rnd = random.Random(42)
    chosen = set(rnd.sample(cust, 40))
    write("online_retail.csv", h, [r for r in rows if r[6] in chosen])

    h, rows = read("cedr_ru_emotions.csv")
    write("cedr_ru_emotions.csv", h, random_rows(rows, 2000, 42))


if __name__ == "__main__":
    main()
