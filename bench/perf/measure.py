"""The performance bench's measurements: each runs one program and returns its figures as a dict.

Used by run.py; stdlib only. Every server started here is stopped by the `with` block that
started it, even when a measurement fails.
"""

import contextlib
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import threading
import time
import urllib.request
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
WRK_SCRIPT = BENCH_DIR / "wrk_queries.lua"


class BenchError(RuntimeError):
    """A step of the bench could not run (a missing tool, a program that failed)."""


def require_tool(name, package):
    if shutil.which(name) is None and not Path(name).exists():
        raise BenchError(f"{name} not found: install the Debian package '{package}' (scripts/install-deps.sh)")


def run_checked(argv, **kwargs):
    result = subprocess.run(argv, capture_output=True, text=True, **kwargs)
    if result.returncode != 0:
        raise BenchError(f"{' '.join(map(str, argv))} exited {result.returncode}: {result.stderr.strip()[-2000:]}")
    return result


def generate_corpus(binary, documents, seed, corpus_dir, queries_file, query_count):
    """The synthetic corpus of `documents` documents; reused when an earlier run finished it."""
    done_marker = corpus_dir / ".bench-complete"
    if done_marker.exists() and queries_file.exists():
        return {"reused": True}
    start = time.monotonic()
    run_checked([binary, "--documents", str(documents), "--seed", str(seed), "--out", str(corpus_dir),
                 "--queries", str(queries_file), "--query-count", str(query_count), "--replace"])
    done_marker.write_text(f"{documents} {seed}\n")
    return {"reused": False, "seconds": round(time.monotonic() - start, 2)}


def disk_usage_bytes(path):
    """Bytes allocated on disk (as du), and the files' apparent size."""
    allocated = apparent = 0
    for root, _, files in os.walk(path):
        for name in files:
            st = os.lstat(os.path.join(root, name))
            allocated += st.st_blocks * 512
            apparent += st.st_size
    return allocated, apparent


def parse_time_v(text):
    """Wall time (s) and peak RSS (KiB) from GNU time -v's report."""
    wall = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (\S+)", text)
    rss = re.search(r"Maximum resident set size \(kbytes\): (\d+)", text)
    seconds = 0.0
    if wall:
        for part in wall.group(1).split(":"):
            seconds = seconds * 60 + float(part)
    return seconds, int(rss.group(1)) if rss else None


def first_child(pid):
    """The pid of `pid`'s first child (helpdex under /usr/bin/time), or None."""
    try:
        return int(Path(f"/proc/{pid}/task/{pid}/children").read_text().split()[0])
    except (OSError, IndexError, ValueError):
        return None


def rss_kb(pid):
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except (OSError, TypeError):
        pass
    return None


def watch_index(argv, out_file, timeout_s, max_rss_kb):
    """Runs argv with output to out_file; stops it past timeout_s or max_rss_kb. The reason, or None."""
    with open(out_file, "w") as out:
        process = subprocess.Popen(argv, stdout=out, stderr=subprocess.STDOUT, text=True)
    deadline = time.monotonic() + timeout_s
    reason = None
    while process.poll() is None:
        child = first_child(process.pid)
        rss = rss_kb(child)
        if time.monotonic() > deadline:
            reason = f"helpdex index did not finish within {timeout_s} s (stopped)"
        elif max_rss_kb and rss and rss > max_rss_kb:
            reason = f"helpdex index passed --index-max-rss ({rss // 1024} MiB) and was stopped"
        if reason:
            # Stop helpdex itself: /usr/bin/time would die of the signal and leave it running.
            with contextlib.suppress(OSError, TypeError):
                os.kill(child, signal.SIGTERM)
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
            return reason
        time.sleep(1)
    return None if process.returncode == 0 else f"helpdex index exited {process.returncode} (see {out_file})"


def run_index(helpdex, corpus_dir, db_dir, log_dir, timeout_s, max_rss_kb=None, shards=1):
    """`helpdex index` under /usr/bin/time -v: wall time, docs/s, peak RSS, index size, training ms."""
    require_tool("/usr/bin/time", "time")
    shutil.rmtree(db_dir, ignore_errors=True)
    time_file, out_file = log_dir / f"{db_dir.name}.time.txt", log_dir / f"{db_dir.name}.index.log"
    argv = ["/usr/bin/time", "-v", "-o", str(time_file), helpdex, "index", str(corpus_dir), "--db", str(db_dir),
            "--shards", str(shards)]
    reason = watch_index(argv, out_file, timeout_s, max_rss_kb)
    if reason:
        return {"ok": False, "reason": reason}
    output = out_file.read_text()
    wall_s, peak_rss_kb = parse_time_v(time_file.read_text())
    indexed = re.search(r"indexed (\d+) documents into (\S+) in (\d+) ms", output)
    classifier = re.search(r"classifier: .*?, (\d+) ms", output)
    if not indexed:
        raise BenchError(f"no 'indexed N documents' line in helpdex index's output:\n{output[-1000:]}")
    documents = int(indexed.group(1))
    generation_dir = Path(indexed.group(2))
    allocated, apparent = disk_usage_bytes(generation_dir)
    return {
        "ok": True, "documents": documents, "wall_s": wall_s, "reported_ms": int(indexed.group(3)),
        "docs_per_s": documents / wall_s if wall_s else None, "peak_rss_kb": peak_rss_kb,
        "classifier_training_ms": int(classifier.group(1)) if classifier else None,
        "generation_dir": str(generation_dir), "disk_bytes": allocated, "apparent_bytes": apparent,
        "bytes_per_doc": allocated / documents,
    }


def run_raw_xapian(binary, corpus_dir, queries_file, db_dir, seconds, timeout_s):
    result = run_checked([binary, "--corpus", str(corpus_dir), "--queries", str(queries_file), "--db", str(db_dir),
                          "--threads", "2", "--seconds", str(seconds)], timeout=timeout_s)
    figures = json.loads(result.stdout)
    allocated, _ = disk_usage_bytes(db_dir)
    figures["index"]["disk_bytes"] = allocated
    return figures


def free_loopback_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def http_status(url, timeout=1.0):
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            return response.status
    except urllib.error.HTTPError as e:
        return e.code
    except OSError:
        return None


@contextlib.contextmanager
def running_server(argv, port, log_file, ready_path="/healthz", wait_s=120):
    """Starts a server, waits until `ready_path` answers 200, yields its pid, then stops it."""
    log = open(log_file, "w")
    process = subprocess.Popen(argv, stdout=log, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + wait_s
        while http_status(f"http://127.0.0.1:{port}{ready_path}") != 200:
            if process.poll() is not None:
                raise BenchError(f"{argv[0]} exited {process.returncode} before answering (see {log_file})")
            if time.monotonic() > deadline:
                raise BenchError(f"{argv[0]} did not answer {ready_path} within {wait_s} s (see {log_file})")
            time.sleep(0.1)
        yield process.pid
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log.close()


def helpdex_serve_argv(helpdex, db_dir, port, threads, shards=()):
    """`helpdex serve` of db_dir, searching the `shards` (tcp://host:port) instead when given."""
    argv = [helpdex, "serve", "--db", str(db_dir), "--port", str(port), "--threads", str(threads), "--quiet",
            "--reload-interval-ms", "0"]
    for shard in shards:
        argv += ["--shard", shard]
    return argv


def port_open(port):
    with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=0.5):
        return True
    return False


@contextlib.contextmanager
def remote_shards(shard_dirs, log_dir, wait_s=30):
    """One `xapian-tcpsrv` on a free loopback port per shard database; yields their tcp:// addresses."""
    require_tool("xapian-tcpsrv", "xapian-tools")
    processes, addresses = [], []
    try:
        for i, shard in enumerate(shard_dirs):
            port = free_loopback_port()
            log = open(log_dir / f"tcpsrv-{i}.log", "w")
            # Its own session: xapian-tcpsrv forks a child per connection and, when stopped,
            # signals its whole process group, which would otherwise include this bench.
            processes.append((subprocess.Popen(["xapian-tcpsrv", "--port", str(port), "--interface", "127.0.0.1",
                                                "--idle-timeout", "0", str(shard)], stdout=log, stderr=subprocess.STDOUT,
                                               start_new_session=True), log))
            deadline = time.monotonic() + wait_s
            while not port_open(port):
                if processes[-1][0].poll() is not None or time.monotonic() > deadline:
                    raise BenchError(f"xapian-tcpsrv for {shard} did not listen (see {log_dir / f'tcpsrv-{i}.log'})")
                time.sleep(0.1)
            addresses.append(f"tcp://127.0.0.1:{port}")
        yield addresses
    finally:
        for process, log in processes:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGTERM)  # the server and its connection children
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()
            log.close()


def bare_http_argv(binary, port, threads):
    return [binary, "--port", str(port), "--threads", str(threads)]


class RssSampler:
    """Samples a process's VmRSS and VmHWM (KiB) from /proc/PID/status every `interval_s`."""

    def __init__(self, pid, interval_s=0.5):
        self.pid, self.interval_s = pid, interval_s
        self.samples = []  # (seconds since start, VmRSS KiB, VmHWM KiB)
        self._stop = threading.Event()
        self._start = time.monotonic()
        self._thread = threading.Thread(target=self._loop, daemon=True)

    def read(self):
        fields = {}
        with open(f"/proc/{self.pid}/status") as status:
            for line in status:
                key, _, value = line.partition(":")
                if key in ("VmRSS", "VmHWM"):
                    fields[key] = int(value.split()[0])
        sample = (round(time.monotonic() - self._start, 2), fields.get("VmRSS"), fields.get("VmHWM"))
        self.samples.append(sample)
        return sample

    def _loop(self):
        while not self._stop.wait(self.interval_s):
            try:
                self.read()
            except OSError:
                return

    def __enter__(self):
        self.read()
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()
        with contextlib.suppress(OSError):
            self.read()

    def summary(self):
        rss = [s[1] for s in self.samples if s[1] is not None]
        hwm = [s[2] for s in self.samples if s[2] is not None]
        return {"samples": len(rss), "first_rss_kb": rss[0] if rss else None, "steady_rss_kb": rss[-1] if rss else None,
                "max_rss_kb": max(rss) if rss else None, "peak_hwm_kb": max(hwm) if hwm else None}


def run_wrk(port, mode, connections, duration_s, queries_file, timeout_s=2):
    """One wrk run of wrk_queries.lua: the dict its done() prints."""
    require_tool("wrk", "wrk")
    threads = min(2, connections)  # wrk needs at least one connection per thread
    env = dict(os.environ, HELPDEX_QUERIES=str(queries_file), HELPDEX_MODE=mode)
    argv = ["wrk", f"-t{threads}", f"-c{connections}", f"-d{duration_s}s", f"--timeout={timeout_s}s", "--latency",
            "-s", str(WRK_SCRIPT), f"http://127.0.0.1:{port}"]
    result = run_checked(argv, env=env, timeout=duration_s + 60)
    line = next((l for l in result.stdout.splitlines() if l.startswith("WRK_JSON ")), None)
    if line is None:
        raise BenchError(f"wrk printed no WRK_JSON line:\n{result.stdout[-1500:]}\n{result.stderr[-500:]}")
    figures = json.loads(line[len("WRK_JSON "):])
    figures.update({"mode": mode, "connections": connections, "wrk_threads": threads})
    errors = figures["errors"]
    figures["failed"] = errors["connect"] + errors["read"] + errors["write"] + errors["timeout"] + figures["non2xx"]
    return figures


def run_wrk_matrix(port, modes, connection_counts, duration_s, queries_file):
    return {mode: {str(c): run_wrk(port, mode, c, duration_s, queries_file) for c in connection_counts} for mode in modes}
