"""Runs a command and prints its wall time, CPU time and peak RSS as JSON (used by scripts/bench/run.ts).

    python3 measure.py STDOUT_FILE STDERR_FILE -- COMMAND [ARGS...]

The peak RSS is the kernel's own account of the child (os.wait4's ru_maxrss), so nothing is sampled and
nothing needs installing; the same wrapper measures the CLI and the pandas script alike.
"""

import json
import os
import subprocess
import sys
import time

if len(sys.argv) < 5 or sys.argv[3] != "--":
    sys.exit("usage: measure.py STDOUT_FILE STDERR_FILE -- COMMAND [ARGS...]")
with open(sys.argv[1], "wb") as out, open(sys.argv[2], "wb") as err:
    start = time.perf_counter()
    child = subprocess.Popen(sys.argv[4:], stdout=out, stderr=err)
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - start
    child.returncode = os.waitstatus_to_exitcode(status)
print(json.dumps({
    "wallMs": wall * 1000,
    "cpuMs": (usage.ru_utime + usage.ru_stime) * 1000,
    "maxRssKb": usage.ru_maxrss,
    "exitCode": child.returncode,
}))
