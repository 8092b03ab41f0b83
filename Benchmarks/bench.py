#!/usr/bin/env python3
"""Times tabconv side by side with the floor and its peers on the same generated annexes.

For each size (MB of word/document.xml) it generates a deterministic annex (gen_big_docx.py,
seed 1) into the bench folder (default /tmp/tabconv-bench; never committed), then runs, interleaved
round by round so that the VM's drifting speed hits every tool alike:

  tabconv-json   tabconv F --to json -o OUT          (release build)
  tabconv-csv    tabconv F --to csv -o OUT
  tabconv-tika   tabconv F --to tika -o OUT
  floor          unzip -p F word/document.xml | xmllint --stream --noout -
  pandoc         pandoc -f docx -t json F            (pandoc 2.17)
  python-docx    every cell text of every table
  docx2python    docx2python(F).body

and prints medians, MB/s of document.xml, peak RSS (/usr/bin/time -v: the largest process of
the pipeline) and ratios to the floor and to each peer. It also times tabconv reading Tika text
and CSV (the 100 MB annex's own Tika and CSV outputs, MB/s of that input) and a batch of 1,000
small annexes (files/s). Everything goes to a Markdown results file (default
Benchmarks/results.md), which the README links.

Python peers are installed with pip into a virtual environment in the bench folder (not in CI).

  Benchmarks/bench.py                       # the full run (1, 10, 100 MB; peers; batch)
  Benchmarks/bench.py --smoke               # CI: 1 MB, tabconv and the floor only, checks nothing breaks
"""
import argparse
import os
import pathlib
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
import gen_big_docx  # noqa: E402

PEERS = ["pandoc", "python-docx", "docx2python"]
TABCONV = ["tabconv-json", "tabconv-csv", "tabconv-tika"]


def log(*args):
    print(*args, file=sys.stderr, flush=True)


def timed(command, timeout):
    """Runs a shell command under /usr/bin/time -v; returns (seconds, peak RSS in KB) or None."""
    with tempfile.NamedTemporaryFile("r", suffix=".time") as report:
        started = time.perf_counter()
        try:
            result = subprocess.run(
                ["/usr/bin/time", "-v", "-o", report.name, "sh", "-c", command],
                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=timeout)
        except subprocess.TimeoutExpired:
            return None
        seconds = time.perf_counter() - started
        if result.returncode != 0:
            log(f"failed ({result.returncode}): {command}\n{result.stderr.decode(errors='replace')[-2000:]}")
            return None
        text = open(report.name).read()
    rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", text).group(1))
    return seconds, rss


def python_env(folder):
    """A virtual environment with python-docx and docx2python; its python, or None."""
    env = folder / "venv"
    python = env / "bin" / "python"
    if not python.exists():
        subprocess.run([sys.executable, "-m", "venv", str(env)], check=True)
    probe = subprocess.run([str(python), "-c", "import docx, docx2python"], capture_output=True)
    if probe.returncode != 0:
        log("installing python-docx and docx2python with pip …")
        result = subprocess.run([str(python), "-m", "pip", "install", "-q", "python-docx", "docx2python"])
        if result.returncode != 0:
            return None
    return python


def commands(tool, docx, out, binary, python):
    q = lambda p: "'" + str(p) + "'"  # noqa: E731
    return {
        "tabconv-json": f"{q(binary)} {q(docx)} --to json -q -o {q(out)}.json",
        "tabconv-csv": f"{q(binary)} {q(docx)} --to csv -q -o {q(out)}.csv",
        "tabconv-tika": f"{q(binary)} {q(docx)} --to tika -q -o {q(out)}.txt",
        "floor": f"unzip -p {q(docx)} word/document.xml | xmllint --stream --noout -",
        "pandoc": f"pandoc -f docx -t json {q(docx)} > /dev/null",
        "python-docx": f"{q(python)} -c 'import docx,sys; d=docx.Document(sys.argv[1]); "
                       f"sum(len(c.text) for t in d.tables for r in t.rows for c in r.cells)' {q(docx)}",
        "docx2python": f"{q(python)} -c 'import sys; from docx2python import docx2python; "
                       f"r=docx2python(sys.argv[1]); r.body; r.close()' {q(docx)}",
    }[tool]


def xml_size(docx):
    out = subprocess.run(["unzip", "-l", str(docx), "word/document.xml"], capture_output=True, text=True).stdout
    return int(re.search(r"^\s*(\d+)\s.*word/document\.xml", out, re.M).group(1))


def measure(jobs, runs, timeout):
    """jobs: {name: (command, runs)}; interleaved rounds; returns {name: [(s, kb)]}."""
    results = {name: [] for name in jobs}
    for round_ in range(max(r for _, r in jobs.values())):
        for name, (command, wanted) in jobs.items():
            if round_ >= wanted or (results[name] and results[name][-1] is None):
                continue
            results[name].append(timed(command, timeout))
    return {name: [r for r in rs if r] for name, rs in results.items()}


def median(values):
    return statistics.median(values) if values else None


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="1,10,100", help="MB of document.xml, comma-separated")
    ap.add_argument("--runs", type=int, default=5, help="rounds for tabconv and the floor")
    ap.add_argument("--peer-runs", type=int, default=3, help="rounds for peers (1 on files of 50 MB or more)")
    ap.add_argument("--timeout", type=float, default=900, help="seconds before a run is given up")
    ap.add_argument("--dir", default="/tmp/tabconv-bench", help="where generated files go (never committed)")
    ap.add_argument("--binary", default=None,
                    help="a tabconv binary to time (default: build the release one, Swift runtime linked statically)")
    ap.add_argument("--results", default=str(HERE / "results.md"))
    ap.add_argument("--no-peers", action="store_true", help="tabconv and the floor only")
    ap.add_argument("--batch", type=int, default=1000, help="small annexes in the batch run (0: none)")
    ap.add_argument("--smoke", action="store_true", help="CI: 1 MB, tabconv and the floor, 1 round, no results file")
    a = ap.parse_args()
    if a.smoke:
        a.sizes, a.runs, a.no_peers, a.batch, a.results = "1", 1, True, 20, None

    folder = pathlib.Path(a.dir)
    folder.mkdir(parents=True, exist_ok=True)
    binary = pathlib.Path(a.binary or ROOT / ".build" / "release" / "tabconv")
    if a.binary is None:
        # Statically linked Swift runtime and Foundation: about 6 ms less process start.
        log("building tabconv (release, --static-swift-stdlib) …")
        for product in ["tabconv", "tabconv-read-bench"]:
            subprocess.run(["swift", "build", "-c", "release", "--static-swift-stdlib", "--product", product],
                           cwd=ROOT, check=True)
    python = None if a.no_peers else python_env(folder)
    peers = [] if a.no_peers else [p for p in PEERS if p != "pandoc" or shutil.which("pandoc")]
    if python is None:
        peers = [p for p in peers if p == "pandoc"]

    lines = []
    def emit(line=""):
        print(line, flush=True)
        lines.append(line)

    versions = subprocess.run([str(binary), "--version"], capture_output=True, text=True).stdout.strip()
    emit("# tabconv benchmark results")
    emit()
    emit(f"Generated by `Benchmarks/bench.py` on {time.strftime('%Y-%m-%d %H:%M')}; {os.cpu_count()} cores; "
         f"tabconv {versions}, {'debug' if '/debug/' in str(binary) else 'release'} build. Medians of interleaved rounds ({a.runs} for tabconv and the floor, "
         f"up to {a.peer_runs} for peers); MB/s is MB (10^6 bytes) of `word/document.xml` per second; RSS is the "
         f"peak resident set of the largest process. Ratios: time of the tool divided by time of tabconv "
         f"(for the floor: tabconv's time divided by the floor's, so ≤ 1.0 means tabconv is at least as fast).")
    summary = {}
    for size in [float(s) for s in a.sizes.split(",")]:
        label = f"{size:g} MB"
        docx = folder / f"annex-{size:g}mb.docx"
        if not docx.exists():
            log(gen_big_docx.generate(str(docx), target_mb=size))
        mb = xml_size(docx) / 1e6
        out = folder / f"out-{size:g}mb"
        jobs = {}
        for tool in TABCONV + ["floor"]:
            jobs[tool] = (commands(tool, docx, out, binary, python), a.runs)
        for tool in peers:
            jobs[tool] = (commands(tool, docx, out, binary, python), a.peer_runs if size < 50 else 1)
        log(f"{label}: {', '.join(jobs)} …")
        results = measure(jobs, max(a.runs, a.peer_runs), a.timeout)
        times = {t: median([s for s, _ in r]) for t, r in results.items()}
        rss = {t: max((k for _, k in r), default=None) for t, r in results.items()}
        summary[label] = times
        emit()
        emit(f"## {label} of document.xml ({mb:.1f} MB, {docx.stat().st_size / 1e6:.1f} MB .docx)")
        emit()
        emit("| tool | median s | MB/s | peak RSS | runs | tabconv-csv ÷ it | tabconv-json ÷ it |")
        emit("|---|---:|---:|---:|---:|---:|---:|")
        for tool, value in times.items():
            if value is None:
                emit(f"| {tool} | failed or timed out | | | 0 | | |")
                continue
            csv, json = times.get("tabconv-csv"), times.get("tabconv-json")
            emit(f"| {tool} | {value:.3f} | {mb / value:.1f} | {rss[tool] / 1024:.0f} MiB | {len(results[tool])} | "
                 f"{csv / value:.2f}× | {json / value:.2f}× |" if csv and json else f"| {tool} | {value:.3f} | | | | | |")
        floor = times.get("floor")
        if floor:
            emit()
            emit("Against the floor (≤ 1.0 means no slower): " + ", ".join(
                f"{t} {times[t] / floor:.2f}×" for t in TABCONV if times.get(t)))
        speedups = [f"{p} is {times[p] / times['tabconv-json']:.0f}× tabconv-json's time"
                    for p in peers if times.get(p) and times.get("tabconv-json")]
        if speedups:
            emit()
            emit("Peers: " + "; ".join(speedups) + ".")

    # Tika text and CSV input: the largest annex's own outputs, repeated to 50 MB or more so
    # that process start does not dominate, read back and converted to JSON and to CSV.
    largest = max(float(s) for s in a.sizes.split(","))
    base = folder / f"out-{largest:g}mb"
    inputs = {}
    for name, suffix in [("tika text", ".txt"), ("csv", ".csv")]:
        single = base.with_suffix(suffix)
        if not single.exists() or single.stat().st_size == 0:
            continue
        repeated = folder / f"readback-input{suffix}"
        copies = 1 if a.smoke else max(1, int(50e6 // single.stat().st_size) + 1)
        data = single.read_bytes()
        repeated.write_bytes(data * copies)
        inputs[name] = repeated
    jobs = {}
    for name, path in inputs.items():
        source = "--from tika " if name == "tika text" else ""
        for target in ["json", "csv"]:
            jobs[f"{name} → {target}"] = (
                f"'{binary}' '{path}' {source}--to {target} -q -o '{folder}/readback.{target}'", a.runs)
    if jobs:
        results = measure(jobs, a.runs, a.timeout)
        emit()
        emit(f"## Reading Tika text and CSV (the {largest:g} MB annex's own outputs, repeated to 50 MB or more)")
        emit()
        emit("Whole conversions (process start, reading, every check, writing):")
        emit()
        emit("| conversion | size | median s | MB/s of input | peak RSS |")
        emit("|---|---:|---:|---:|---:|")
        for name, r in results.items():
            if not r:
                continue
            value = median([s for s, _ in r])
            size = inputs[name.split(" → ")[0]].stat().st_size / 1e6
            emit(f"| {name} | {size:.1f} MB | {value:.3f} | {size / value:.0f} | "
                 f"{max(k for _, k in r) / 1024:.0f} MiB |")
        reader = binary.parent / "tabconv-read-bench"
        if reader.exists():
            emit()
            emit("In one process (`tabconv-read-bench`, median of "
                 f"{a.runs}): reading alone (bytes → model), and reading with every check:")
            emit()
            emit("| input | size | cells | read s | read MB/s | read + check s | read + check MB/s |")
            emit("|---|---:|---:|---:|---:|---:|---:|")
            for name, path in inputs.items():
                source = ["--from", "tika"] if name == "tika text" else []
                out = subprocess.run([str(reader), str(path), *source, "--runs", str(a.runs)],
                                     capture_output=True, text=True, timeout=a.timeout)
                if out.returncode != 0:
                    emit(f"| {name} | failed: {out.stderr.strip()[:80]} | | | | | |")
                    continue
                _, size, cells, read, read_rate, checked, checked_rate = out.stdout.strip().split("\t")
                emit(f"| {name} | {size} MB | {int(cells):,} | {read} | {read_rate} | {checked} | {checked_rate} |")

    if a.batch:
        batch = folder / f"batch-{a.batch}"
        if not (batch / f"annex-{a.batch - 1:04d}.docx").exists():
            batch.mkdir(exist_ok=True)
            log(f"generating {a.batch} small annexes …")
            for i in range(a.batch):
                gen_big_docx.generate(str(batch / f"annex-{i:04d}.docx"), tables=2 + i % 3, seed=i + 1)
        emit()
        emit(f"## Batch: {a.batch} small annexes (2–4 tables each) → csv, --jobs {os.cpu_count()}")
        emit()
        emit("| round | seconds | files/s |")
        emit("|---|---:|---:|")
        rates = []
        for round_ in range(min(a.runs, 3)):
            target = folder / "batch-out"
            shutil.rmtree(target, ignore_errors=True)
            r = timed(f"'{binary}' '{batch}' --to csv -q -o '{target}' --jobs {os.cpu_count()}", a.timeout)
            if r:
                rates.append(a.batch / r[0])
                emit(f"| {round_ + 1} | {r[0]:.2f} | {a.batch / r[0]:.0f} |")
        if rates:
            emit()
            emit(f"Median: {statistics.median(rates):.0f} files/s (one tabconv process for the whole batch; its start and the report included).")

    if a.results:
        pathlib.Path(a.results).write_text("\n".join(lines) + "\n")
        log(f"results written to {a.results}")
    if a.smoke:
        ok = all(summary["1 MB"].get(t) for t in TABCONV + ["floor"])
        print(f"benchmark smoke: {'ok' if ok else 'FAILED'}")
        sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
