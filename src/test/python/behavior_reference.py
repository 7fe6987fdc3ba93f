#!/usr/bin/env python3
"""pandas reference for Glas behaviour analytics (sessions, user features, churn labels).

Definitions mirror dev.glas.core.behavior (see README section "Behaviour"):
- rows without user id or parseable timestamp are dropped; user ids "17850.0" -> "17850"; events stripped;
- events sorted by (user, time, file order) (stable sort); a new session starts at a user's first event or when
  the time since the previous event of the user is strictly greater than the gap (diff > gap);
- session length = last - first event time (seconds); median of an even count = mean of the two middle values;
- active_days = distinct calendar days; recency/tenure = (observation end - last/first event) in days,
  observation end = last event of the log; hour bands night 0-5, morning 6-11, afternoon 12-17, evening 18-23;
- top-K event types by count desc then name asc get ev_<slug> columns, the rest ev_other;
- main device maker/model/OS = most frequent per user, ties -> alphabetically first;
- churned = (recency_days >= N) or (user has a churn event).

Usage: behavior_reference.py EVENTS --user C --time C --event C [--maker C --model C --os C]
       [--socdem F --on C --age C] [--gap-minutes 30] [--churn-inactive-days N] [--churn-event E ...]
       [--top 20] [--features-out F] [--summary-out F] [--sessions-out F]   (prints a JSON summary with phase timings)
"""
import argparse
import json
import re
import sys
import time

import numpy as np
import pandas as pd


def slug(name):
    """Same as FeatureTable.slug: lower case, runs of non-alphanumerics -> "_", trimmed, at most 40 chars."""
    s = re.sub(r"[\W_]+", "_", name.lower()).strip("_")
    return (s or "empty")[:40]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("events")
    ap.add_argument("--user", required=True)
    ap.add_argument("--time", required=True)
    ap.add_argument("--event", required=True)
    ap.add_argument("--maker")
    ap.add_argument("--model")
    ap.add_argument("--os")
    ap.add_argument("--socdem")
    ap.add_argument("--on")
    ap.add_argument("--age")
    ap.add_argument("--gap-minutes", type=float, default=30.0)
    ap.add_argument("--churn-inactive-days", type=int)
    ap.add_argument("--churn-event", action="append", default=[])
    ap.add_argument("--top", type=int, default=20)
    ap.add_argument("--time-format", default="%Y-%m-%d %H:%M:%S")
    ap.add_argument("--features-out")
    ap.add_argument("--summary-out")
    ap.add_argument("--sessions-out")
    a = ap.parse_args()

    t0 = time.perf_counter()
    cols = [c for c in [a.user, a.time, a.event, a.maker, a.model, a.os] if c]
    df = pd.read_csv(a.events, usecols=cols, dtype=str, keep_default_na=False)
    t_read = time.perf_counter()

    # ---- clean (counted in the analysis phase, like Glas's parsing is in its read phase)
    df = df.rename(columns={a.user: "user", a.time: "time", a.event: "event"})
    df["user"] = df["user"].str.strip().str.replace(r"^(\d+)\.0+$", r"\1", regex=True)
    df["time"] = pd.to_datetime(df["time"].str.strip(), format=a.time_format, errors="coerce")
    df = df[(df["user"] != "") & df["time"].notna()]
    df["event"] = df["event"].str.strip()
    t_parse = time.perf_counter()

    # ---- sessionize: sort + groupby + diff
    df = df.sort_values(["user", "time"], kind="stable")
    gap = pd.Timedelta(minutes=a.gap_minutes)
    new_user = df["user"].ne(df["user"].shift())
    new_session = new_user | (df.groupby("user", sort=False)["time"].diff() > gap)
    df["session"] = new_session.cumsum() - 1
    g = df.groupby("session", sort=False)
    sess = pd.DataFrame({
        "user": g["user"].first(),
        "start": g["time"].min(),
        "end": g["time"].max(),
        "events": g.size(),
        "first_event": g["event"].first(),
        "last_event": g["event"].last(),
    })
    sess["length"] = (sess["end"] - sess["start"]).dt.total_seconds()

    # ---- user features
    obs_end = df["time"].max()
    gu = df.groupby("user", sort=False)
    feat = pd.DataFrame({"events": gu.size()})
    gs = sess.groupby("user", sort=False)["length"]
    feat["sessions"] = sess.groupby("user", sort=False).size()
    feat["events_per_session"] = feat["events"] / feat["sessions"]
    feat["mean_session_seconds"] = gs.mean()
    feat["median_session_seconds"] = gs.median()
    day = df["time"].dt.floor("D")
    feat["active_days"] = day.groupby(df["user"], sort=False).nunique()
    first = gu["time"].min()
    last = gu["time"].max()
    feat["recency_days"] = (obs_end - last).dt.total_seconds() / 86400.0
    feat["tenure_days"] = (obs_end - first).dt.total_seconds() / 86400.0
    feat["distinct_events"] = gu["event"].nunique()
    vc = df["event"].value_counts()
    order = sorted(vc.index, key=lambda e: (-vc[e], e))
    top = order[: a.top]
    counts = pd.crosstab(df["user"], df["event"])
    used = set(feat.columns)
    for e in top:
        name = "ev_" + slug(e)
        base, k = name, 2
        while name in used:
            name = f"{base}_{k}"
            k += 1
        used.add(name)
        feat[name] = counts[e]
    other = [e for e in counts.columns if e not in set(top)]
    feat["ev_other"] = counts[other].sum(axis=1) if other else 0
    hour = df["time"].dt.hour
    band = hour // 6
    bc = pd.crosstab(df["user"], band).reindex(columns=range(4), fill_value=0)
    for b, nm in enumerate(["night", "morning", "afternoon", "evening"]):
        feat["share_" + nm] = bc[b] / feat["events"]
    wd = pd.crosstab(df["user"], df["time"].dt.weekday).reindex(columns=range(7), fill_value=0)
    for d, nm in enumerate(["mon", "tue", "wed", "thu", "fri", "sat", "sun"]):
        feat["share_" + nm] = wd[d] / feat["events"]
    for col, out in [(a.maker, "main_device_maker"), (a.model, "main_device_model"), (a.os, "main_os")]:
        if col:
            c = df.groupby(["user", col]).size().reset_index(name="n")
            c = c.sort_values(["user", "n", col], ascending=[True, False, True]).drop_duplicates("user")
            feat[out] = c.set_index("user")[col]
    churned = pd.Series(False, index=feat.index)
    inactive_n = explicit_n = 0
    if a.churn_inactive_days is not None:
        inactive = (obs_end - last) >= pd.Timedelta(days=a.churn_inactive_days)
        inactive_n = int(inactive.sum())
        churned |= inactive.reindex(feat.index)
    if a.churn_event:
        explicit = df[df["event"].isin(a.churn_event)].groupby("user").size() > 0
        explicit = explicit.reindex(feat.index, fill_value=False)
        explicit_n = int(explicit.sum())
        churned |= explicit
    t_feat = time.perf_counter()

    if a.socdem:
        sd = pd.read_csv(a.socdem, dtype=str, keep_default_na=False)
        sd[a.on] = sd[a.on].str.strip().str.replace(r"^(\d+)\.0+$", r"\1", regex=True)
        sd = sd.drop_duplicates(a.on).set_index(a.on)
        feat = feat.join(sd, how="left")
        if a.age:
            age = pd.to_numeric(feat[a.age], errors="coerce")
            feat["age_group"] = pd.cut(age, [-np.inf, 25, 35, 45, 55, 65, np.inf], right=False,
                                       labels=["<25", "25-34", "35-44", "45-54", "55-64", "65+"]).astype(str)
            feat.loc[age.isna(), "age_group"] = ""
    feat["churned"] = churned.astype(int)
    t_end = time.perf_counter()

    feat.index.name = "user_id"
    if a.features_out:
        feat.reset_index().to_csv(a.features_out, index=False)
    summary = {
        "events": int(len(df)),
        "users": int(len(feat)),
        "sessions": int(len(sess)),
        "median_session_seconds": float(sess["length"].median()),
        "churned_users": int(feat["churned"].sum()),
        "churn_inactive": inactive_n,
        "churn_explicit": explicit_n,
        "by_hour": [int(x) for x in hour.value_counts().reindex(range(24), fill_value=0)],
        "session_events_total": int(sess["events"].sum()),
        "session_length_sum": float(sess["length"].sum()),
        "read_seconds": t_read - t0,
        "analyze_seconds": t_end - t_read,
        "sessionize_featurize_seconds": t_feat - t_parse,
        "seconds": t_end - t0,
    }
    if a.sessions_out:
        out = sess[["user", "start", "end", "events", "first_event", "last_event", "length"]]
        out.to_csv(a.sessions_out, index=False, date_format="%Y-%m-%d %H:%M:%S")
    if a.summary_out:
        with open(a.summary_out, "w") as f:
            json.dump(summary, f, indent=1)
    print(json.dumps(summary))


if __name__ == "__main__":
    sys.exit(main())
