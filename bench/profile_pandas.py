"""Pandas anchor for bench/profile.sh: read_csv + describe(include='all') on one file.

Prints one JSON object; "seconds" is the wall time of read_csv + describe (the script itself is also
timed from outside by profile.sh, including interpreter start and `import pandas`).
"""
import json
import sys
import time

t0 = time.perf_counter()
import pandas as pd  # noqa: E402  (import time is part of what the outside timer sees)

t1 = time.perf_counter()
df = pd.read_csv(sys.argv[1])
d = df.describe(include="all")
t2 = time.perf_counter()
print(json.dumps({"rows": int(len(df)), "columns": int(df.shape[1]), "import_seconds": t1 - t0,
                  "seconds": t2 - t1}))
