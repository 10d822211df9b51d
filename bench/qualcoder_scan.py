#!/usr/bin/env python3
"""QualCoder's text search, reproduced for the comparisons of the benchmark suite (bench/suite).

QualCoder (github.com/ccbogel/QualCoder, src/qualcoder/code_text.py, DialogCodeText.search_for_text,
the search box of "Code text" with "all files" ticked) compiles the search term with re.compile
(re.IGNORECASE unless "case sensitive" is ticked), takes every source's full text from its SQLite
database (app.get_file_texts(), the fulltext column of its source table) and runs
pattern.finditer over each, keeping (file, start, length) of every match; there is no index.
This script does the same over a Scholion project's database, where a source's text is the
column sources.text (docs/project-store.md), and times each search from the SELECT to the last
match, inside the script (Python's start-up is not counted).

usage: qualcoder_scan.py PROJECT_DB PATTERN RUNS WARMUP
prints one line: the number of matches, then the milliseconds of each timed run.
"""
import re
import sqlite3
import sys
import time


def search(connection, pattern):
    # As QualCoder: one SELECT of the texts, then a regular-expression scan of each, all matches
    # kept with their positions (QualCoder lists them to step through).
    compiled = re.compile(pattern)  # the queries carry (?i) themselves
    cursor = connection.cursor()
    cursor.execute("select id, title, text from sources where text is not null")
    found = []
    for source_id, _title, text in cursor.fetchall():
        for match in compiled.finditer(text):
            found.append((source_id, match.start(), len(match.group(0))))
    return found


def main():
    db, pattern, runs, warmup = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
    connection = sqlite3.connect("file:" + db + "?mode=ro", uri=True)
    matches = 0
    for _ in range(warmup):
        matches = len(search(connection, pattern))
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        matches = len(search(connection, pattern))
        times.append((time.perf_counter() - start) * 1000)
    print(matches, " ".join("%.3f" % t for t in times))


if __name__ == "__main__":
    main()
