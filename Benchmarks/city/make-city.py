#!/usr/bin/env python3
"""Writes the CSV tables of a city-sized district for `community-twin import` (issue 22).

    python3 Benchmarks/city/make-city.py OUT_DIR [--communities 1250] [--seed 1]

Writes OUT_DIR/tables/*.csv (communities of 6,000-9,900 residents, 7,950 on average: 1,250
communities make just under 10,000,000 residents, the limit of a district; a quarter state
their own casework staff, every community a typical open caseload, one in ten a vacancy, and
each a satisfaction survey figure) and OUT_DIR/base.json: the baseline with its departments' servers scaled to
the city's residents (departments serve every community of a scenario, so the baseline's
own, sized for 8,000 residents, would be swamped). Then:

    community-twin import OUT_DIR/tables --base OUT_DIR/base.json --name city --out OUT_DIR/city.json

Deterministic for a given seed. Standard library only.
"""
import argparse
import json
import os
import random

COHORTS = ["elderly", "adults", "families", "youth"]
# A typical baseline community's open caseload (Docs/model.md §3.0, the warm-start
# measurement), per 8,000 residents: (category, tier, stage, department, age_days, count).
CASELOAD = [
    ("repairs_infrastructure", "improvement", "queue", "", 10, 200),
    ("health", "urgent", "queue", "", 1, 20),
    ("repairs_infrastructure", "improvement", "department", "housing", 20, 100),
    ("elderly_care", "improvement", "department", "civil_affairs", 20, 100),
    ("health", "improvement", "department", "health", 20, 100),
    ("childcare", "improvement", "department", "education", 20, 100),
    ("elderly_care", "improvement", "project", "", 200, 150),
    ("parking_transport", "improvement", "project", "", 200, 150),
]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out")
    parser.add_argument("--communities", type=int, default=1250)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    tables = os.path.join(args.out, "tables")
    os.makedirs(tables, exist_ok=True)

    communities, staff, cases, vacancies, satisfaction = [], [], [], [], []
    for n in range(1, args.communities + 1):
        name = f"社区{n:05d}"
        residents = rng.randint(6000, 9900)
        elderly = round(rng.uniform(0.25, 0.45), 2)
        families = round(rng.uniform(0.08, 0.16), 2)
        youth = round(rng.uniform(0.15, 0.25), 2)
        adults = round(1 - elderly - families - youth, 2)
        communities.append([name, residents, elderly, adults, families, youth])
        if n % 4 == 0:
            staff.append([name, "community_worker", round(residents * rng.uniform(3.5, 5.5) / 1000)])
        scale = residents / 8000
        for category, tier, stage, department, age, count in CASELOAD:
            cases.append([name, category, tier, stage, department, age, max(1, round(count * scale))])
        if n % 10 == 0:
            vacancies.append([name, "community_worker", 1])
        satisfaction.append([name, round(rng.uniform(55, 70), 1)])

    def write(file, header, rows):
        with open(os.path.join(tables, file), "w", encoding="utf-8", newline="") as f:
            f.write(",".join(header) + "\n")
            for row in rows:
                f.write(",".join(str(v) for v in row) + "\n")

    write("communities.csv", ["name", "residents"] + COHORTS, communities)
    write("staff.csv", ["community", "role", "posts"], staff)
    write("open_cases.csv", ["community", "category", "tier", "stage", "department", "age_days", "count"], cases)
    write("vacancies.csv", ["community", "role", "posts"], vacancies)
    if os.path.exists(os.path.join(os.path.dirname(__file__), "..", "..", "Scenarios", "import", "templates",
                                   "satisfaction.csv")):
        write("satisfaction.csv", ["community", "index"], satisfaction)

    here = os.path.dirname(os.path.abspath(__file__))
    baseline_path = os.path.join(here, "..", "..", "Scenarios", "baseline.json")
    with open(baseline_path, encoding="utf-8") as f:
        baseline = json.load(f)
    total = sum(c[1] for c in communities)
    factor = total / sum(c["residents"] for c in baseline["communities"])
    departments = baseline["departments"]
    for unit in departments["units"]:
        unit["servers"] = max(1, round(unit["servers"] * factor))
    base = {
        "base": os.path.relpath(baseline_path, os.path.abspath(args.out)),
        "name": "city-base",
        "description": f"The baseline with departments scaled to {total:,} residents (make-city.py).",
        "run": {"days": 365, "warmup_days": 0, "drain_days": 0, "replications": 1},
        "departments": departments,
    }
    with open(os.path.join(args.out, "base.json"), "w", encoding="utf-8") as f:
        json.dump(base, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"{len(communities)} communities, {total:,} residents, {sum(c[-1] for c in cases):,} open cases")


if __name__ == "__main__":
    main()
