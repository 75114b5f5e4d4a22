#!/usr/bin/env python3
"""Dashboard benchmark (issue "The live dashboard"): runs the release `pace` on a
pseudo-terminal of 80x24 over a synthetic workspace (10,000 tasks, 50 members by
default) and prints:
  - time from start to the first complete frame (pace's own trace, and as seen on the pty),
  - time to handle one key and flush the next frame (navigation keys and a status change),
  - bytes written to the terminal for the first frame and for one task status change,
  - peak memory (VmHWM).
Figures, not pass/fail: the machines here are shared and noisy.
Usage: scripts/bench-dashboard.py [TASKS] [MEMBERS]   (build first: scripts/bench-cli.sh builds it)
"""
import os, pty, select, signal, statistics, struct, subprocess, sys, tempfile, time, fcntl, termios, shutil

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
pace = os.path.join(root, ".build-release/release/pace")
tasks = int(sys.argv[1]) if len(sys.argv) > 1 else 10000
members = int(sys.argv[2]) if len(sys.argv) > 2 else 50

if not os.path.exists(pace):
    subprocess.run(["swift", "build", "-c", "release", "--scratch-path", ".build-release", "--product", "pace"],
                   cwd=root, check=True, stdout=subprocess.DEVNULL)

tmp = tempfile.mkdtemp(prefix="pace-dash-bench-")
data = os.path.join(tmp, "ws")
trace = os.path.join(tmp, "trace")
env = dict(os.environ, PACELINE_HOME=tmp, PACELINE_USER="member1", PACELINE_NOW="2026-11-30T09:00:00Z",
           TERM="xterm-256color", LANG="C.UTF-8", PACELINE_TRACE=trace)
env.pop("NO_COLOR", None)
subprocess.run([pace, "demo", "--print", "--tasks", str(tasks), "--members", str(members), "--data-dir", data],
               env=env, check=True, stdout=subprocess.DEVNULL)

def read_until_quiet(fd, quiet=0.25, limit=10.0):
    """Reads until nothing arrives for `quiet` seconds. Returns (bytes, time of last byte)."""
    got = bytearray()
    last = time.monotonic()
    end = last + limit
    while time.monotonic() < end:
        r, _, _ = select.select([fd], [], [], quiet)
        if not r:
            break
        try:
            chunk = os.read(fd, 65536)
        except OSError:
            break
        if not chunk:
            break
        got += chunk
        last = time.monotonic()
    return bytes(got), last

pid, fd = pty.fork()
if pid == 0:
    os.execve(pace, [pace, "--data-dir", data], env)
fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
t0 = time.monotonic()
# The first frame is the first burst of output; the forecast, computed in the
# background, redraws the deadlines and load panes a little later.
first, t_first = read_until_quiet(fd, quiet=0.06)
later, t_later = read_until_quiet(fd, quiet=0.5)
print(f"workspace: {tasks} tasks, {members} members; terminal 80x24")
print(f"first frame on the pty: {(t_first - t0) * 1000:.1f} ms after exec, {len(first)} bytes")
if later:
    print(f"forecast drawn: {(t_later - t0) * 1000:.1f} ms after exec, {len(later)} more bytes")

def press(key, quiet=0.25):
    t = time.monotonic()
    os.write(fd, key)
    out, last = read_until_quiet(fd, quiet=quiet)
    return out, (last - t) * 1000 if out else None

nav = []
for _ in range(20):
    out, ms = press(b"j")
    nav.append(len(out))
for _ in range(20):
    press(b"k")
status_bytes = []
for _ in range(3):
    out, _ = press(b"s", quiet=0.5)  # next status of the selected task: saved, reloaded, redrawn
    status_bytes.append(len(out))
    press(b"<", quiet=0.5)           # and back, so the same row changes each time
# Sorted by priority (o) the task keeps its row, so only its status cell, the health
# line and the footer change: the case ncurses' diffing is made for.
press(b"o", quiet=0.5)
in_place = []
for _ in range(3):
    out, _ = press(b"s", quiet=0.5)
    in_place.append(len(out))
    press(b"<", quiet=0.5)
press(b"o", quiet=0.5)
# The budget view ($) and the burndown (W, then j for the next milestone): both are
# worked out in the background; their jobs trace how long they took.
press(b"$", quiet=0.5)
press(b"$", quiet=0.5)
press(b"W", quiet=1.5)
press(b"j", quiet=1.5)
press(b"W", quiet=0.5)
with open(f"/proc/{pid}/status") as f:
    hwm = next(l for l in f if l.startswith("VmHWM")).split()[1]
os.write(fd, b"q")
_, status = os.waitpid(pid, 0)

lines = open(trace).read().split("\n")
def times(prefix):
    return [float(l.split()[-2]) for l in lines if l.startswith(prefix)]
first_frame = [l for l in lines if l.startswith("first-frame")]
print(f"first frame (pace's trace, start of run loop to frame flushed): {first_frame[0].split()[1]} ms")
j = times("event key(PaceUI.Key.char(\"j\"))")
k = times("event key(PaceUI.Key.char(\"k\"))")
s = times("event key(PaceUI.Key.char(\"s\"))")
nav_all = j + k
print(f"navigation key (j/k) -> frame flushed: median {statistics.median(nav_all):.2f} ms, max {max(nav_all):.2f} ms over {len(nav_all)} keys")
print(f"status change (s: save + reload + redraw): median {statistics.median(s):.2f} ms over {len(s)}")
print(f"bytes to the terminal for one j (selection moves): median {statistics.median(nav):.0f}")
print(f"bytes to the terminal for one status change, grouped by status (the row moves to its new group): median {statistics.median(status_bytes):.0f} ({status_bytes})")
print(f"bytes to the terminal for one status change, sorted by priority (the row stays): median {statistics.median(in_place):.0f} ({in_place})")
snap = times("snapshot ")
derive = times("update(loaded)")
print(f"  of which: reading the snapshot median {statistics.median(snap):.1f} ms, update(loaded) (derive) median {statistics.median(derive):.1f} ms")
budget = times("budget ")
burndown = times("burndown ")
if budget:
    print(f"budget figures (background, after each change): median {statistics.median(budget):.1f} ms over {len(budget)}")
if burndown:
    print(f"burndown replay (background, per milestone shown): median {statistics.median(burndown):.1f} ms over {len(burndown)}")
dollar = times("event key(PaceUI.Key.char(\"$\"))")
if dollar:
    print(f"$ (open/close the budget view) -> frame flushed: median {statistics.median(dollar):.2f} ms")
print(f"peak memory (VmHWM): {int(hwm) / 1024:.1f} MiB")
print(f"exit status: {os.waitstatus_to_exitcode(status)}")
fc = times("forecast ")
if fc:
    print(f"forecast computed in the background: median {statistics.median(fc):.1f} ms over {len(fc)}")
shutil.rmtree(tmp)
