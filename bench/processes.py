"""`manage.py ingest --processes 2` against `--processes 1`, in one run.

    .venv/bin/python bench/processes.py [--articles 120]

Writes a varied corpus (bench/corpus.py) to files, then runs `manage.py ingest FILES --processes N`
for N = 1 and N = 2, each into a fresh SQLite database in its own process (model loading included,
as a user runs it). Prints both times, the ratio (target >= 1.6 on 2 cores) and articles/s.
"""

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def run_ingest(files: list[Path], processes: int, folder: Path) -> float:
    database = folder / f"processes-{processes}.sqlite3"
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{database}"}
    manage = [sys.executable, str(ROOT / "manage.py")]
    subprocess.run([*manage, "migrate", "--verbosity", "0"], env=env, check=True)
    start = time.perf_counter()
    subprocess.run(
        [*manage, "ingest", *map(str, files), "--processes", str(processes)],
        env=env,
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=120)
    args = parser.parse_args()
    from bench.corpus import corpus

    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        files = []
        for index, text in enumerate(corpus(args.articles, seed=11)):
            path = folder / f"article-{index}.txt"
            path.write_text(text, encoding="utf-8")
            files.append(path)
        seconds = {n: run_ingest(files, n, folder) for n in (1, 2)}
    for n, elapsed in seconds.items():
        print(f"--processes {n}: {elapsed:.1f} s, {args.articles / elapsed:.2f} articles/s")
    print(f"ratio 2 processes / 1: {seconds[1] / seconds[2]:.2f} (target >= 1.6)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
