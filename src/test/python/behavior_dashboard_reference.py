#!/usr/bin/env python3
"""pandas reference for the behaviour dashboard aggregates (dev.glas.core.behavior.Dashboard) on the generated
fixture: age group x gender, events by hour x gender, event type x weekday, session length by OS of the session's
first event (median/mean/quartiles, numpy linear interpolation), weekly cohort retention (cohort = Monday of the
week of a user's first event; active[c][k] = users of cohort c with an event in week c+k), the ordered funnel
login -> view_bill -> pay_bill (each step strictly later than the previous matched step) and the Pearson
correlation matrix of user features (pairwise complete).

Usage: behavior_dashboard_reference.py EVENTS SOCDEM OUT.json   (gap 30 min, inactivity churn 14 days,
churn event delete_account, as in behavior_reference.py's fixture run)
"""
import json
import sys

import numpy as np
import pandas as pd

ev_path, sd_path, out_path = sys.argv[1:4]
df = pd.read_csv(ev_path, dtype=str, keep_default_na=False)
df["time"] = pd.to_datetime(df["timestamp"], format="%Y-%m-%d %H:%M:%S")
df["pos"] = np.arange(len(df))
df = df.sort_values(["user_id", "time", "pos"], kind="stable").reset_index(drop=True)
sd = pd.read_csv(sd_path, dtype=str, keep_default_na=False).drop_duplicates("user_id").set_index("user_id")

users = pd.DataFrame(index=pd.Index(df["user_id"].unique(), name="user_id"))
users = users.join(sd)
users["gender"] = users["gender"].fillna("").replace("", "?")
age = pd.to_numeric(users["age"], errors="coerce")
users["age_group"] = pd.cut(age, [-np.inf, 25, 35, 45, 55, 65, np.inf], right=False,
                            labels=["<25", "25-34", "35-44", "45-54", "55-64", "65+"]).astype(str)
users.loc[age.isna(), "age_group"] = "?"
out = {}
ag = users.groupby(["age_group", "gender"]).size()
out["age_by_gender"] = {f"{a}|{g}": int(n) for (a, g), n in ag.items()}
g_of = users["gender"]
hg = df.assign(g=df["user_id"].map(g_of), h=df["time"].dt.hour).groupby(["g", "h"]).size()
out["hour_by_gender"] = {f"{g}|{h}": int(n) for (g, h), n in hg.items()}
ew = df.assign(w=df["time"].dt.weekday).groupby(["event", "w"]).size()
out["event_by_weekday"] = {f"{e}|{w}": int(n) for (e, w), n in ew.items()}

# sessions (as behavior_reference.py), OS of the first event
new = df["user_id"].ne(df["user_id"].shift()) | (df.groupby("user_id")["time"].diff() > pd.Timedelta(minutes=30))
df["session"] = new.cumsum() - 1
g = df.groupby("session")
sess = pd.DataFrame({"os": g["os"].first(), "len": (g["time"].max() - g["time"].min()).dt.total_seconds()})
los = {}
for os_name, v in sess.groupby("os")["len"]:
    a = np.sort(v.to_numpy())
    los[os_name] = [int(len(a)), float(np.quantile(a, 0.5)), float(a.mean()), float(np.quantile(a, 0.25)),
                    float(np.quantile(a, 0.75))]
out["session_length_by_os"] = los

# weekly cohorts
day = df["time"].dt.normalize()
week_start = day - pd.to_timedelta(day.dt.weekday, unit="D")
df["week"] = week_start
first_week = df.groupby("user_id")["week"].min()
df["cohort"] = df["user_id"].map(first_week)
act = df.drop_duplicates(["user_id", "week"])
act = act.assign(k=((act["week"] - act["cohort"]).dt.days // 7))
coh = act.groupby(["cohort", "k"]).size()
out["cohorts"] = {f"{c.date()}|{k}": int(n) for (c, k), n in coh.items()}
out["cohort_size"] = {str(c.date()): int(n) for c, n in first_week.value_counts().items()}

# ordered funnel
steps = ["login", "view_bill", "pay_bill"]
reached = {}
for u, grp in df.groupby("user_id", sort=False):
    k, last = 0, None
    for e, t in zip(grp["event"], grp["time"]):
        if k < len(steps) and e == steps[k] and (last is None or t > last):
            k, last = k + 1, t
    reached[u] = k
out["funnel"] = [int(sum(1 for r in reached.values() if r > k)) for k in range(len(steps))]

# correlation of user features from the pandas feature table
f = pd.read_csv(ev_path.replace("gen5k_events.csv", "gen5k_expected_features.csv"))
cols = ["events", "sessions", "mean_session_seconds", "median_session_seconds", "active_days", "recency_days",
        "tenure_days", "distinct_events", "share_night", "share_evening", "churned"]
out["correlation"] = f[cols].corr(method="pearson").to_numpy().tolist()
with open(out_path, "w") as fh:
    json.dump(out, fh, indent=1, sort_keys=True)
