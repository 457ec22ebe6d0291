"""No process outlives the run that started it, even when the driver is killed with SIGKILL.

A driver killed by SIGKILL runs no cleanup, so whatever it started must be stopped by somebody
else. `guard(pids)` starts a small watchdog in a session of its own (a Ctrl-C or a kill of the
driver's process group does not reach it): it polls the driver and, once the driver is gone, stops
the guarded processes and every process under them (SIGTERM, then SIGKILL after a grace period).
It exits by itself once the guarded processes have ended (a clean shutdown), so a finished run
leaves nothing either. The local engine's workers need none of this (they die with their parent by
the Linux parent-death signal); a local Ray's head processes (GCS, raylet and their workers) do.
"""

from __future__ import annotations

import os
import subprocess
import sys

POLL_SECONDS = 0.5
GRACE_SECONDS = 3.0

WATCHDOG = r"""
import os, signal, sys, time
driver, poll, grace = int(sys.argv[1]), float(sys.argv[2]), float(sys.argv[3])
guarded = [int(p) for p in sys.argv[4:]]

def alive(pid):
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False

def tree(roots):
    children = {}
    for name in os.listdir("/proc"):
        if name.isdigit():
            try:
                with open(f"/proc/{name}/stat") as f:
                    ppid = int(f.read().rsplit(")", 1)[1].split()[1])
            except (OSError, ValueError, IndexError):
                continue
            children.setdefault(ppid, []).append(int(name))
    out, todo = [], list(roots)
    while todo:
        pid = todo.pop()
        if pid not in out and pid != os.getpid():
            out.append(pid)
            todo.extend(children.get(pid, []))
    return out

while alive(driver):
    if not any(alive(p) for p in guarded):
        sys.exit(0)
    time.sleep(poll)
victims = [p for p in tree(guarded) if alive(p)]
for sig in (signal.SIGTERM, signal.SIGKILL):
    for pid in victims:
        try:
            os.kill(pid, sig)
        except OSError:
            pass
    deadline = time.time() + grace
    while time.time() < deadline and any(alive(p) for p in victims):
        time.sleep(0.1)
"""


def guard(pids: list[int]) -> subprocess.Popen | None:
    """Start the watchdog over `pids` for this process; None where /proc is missing (not Linux)."""
    if not pids or not os.path.isdir("/proc"):
        return None
    return subprocess.Popen(
        [sys.executable, "-c", WATCHDOG, str(os.getpid()), str(POLL_SECONDS), str(GRACE_SECONDS), *map(str, pids)],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
        close_fds=True,
    )


__all__ = ["guard"]
