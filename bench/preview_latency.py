#!/usr/bin/env python3
"""Save → page updated latency of a live preview server (python3 stdlib only).

Starts the server command (the rest of the command line after --, with {port} replaced),
waits until the page answers, then RUNS times: rewrites the title line of FILE (a new
title of the same form each time; --edit body: adds a sentence to its body instead), and
polls URL until the edit is in the page.
Prints each latency and the median, in seconds. The poll is every 10 ms, so figures are
up to 10 ms late.

  python3 bench/preview_latency.py --file SITE/content/policies/2024/X.md \\
      --path /policies/X.html -- govsite serve --site SITE --port {port} --quiet
"""
import argparse
import os
import re
import signal
import socket
import statistics
import subprocess
import sys
import time
import urllib.request


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def fetch(url):
    try:
        with urllib.request.urlopen(url, timeout=5) as r:
            return r.read().decode("utf-8", "replace")
    except Exception:
        return ""


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--file", required=True, help="the Markdown file whose title is edited")
    ap.add_argument("--path", required=True, help="the URL path of its page")
    ap.add_argument("--edit", choices=["title", "body"], default="title",
                    help="rewrite the title line, or add a sentence at the end of the body")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--pause", type=float, default=2.0, help="seconds between edits")
    ap.add_argument("--ready-timeout", type=float, default=600)
    ap.add_argument("command", nargs=argparse.REMAINDER)
    a = ap.parse_args()
    cmd = [c for c in a.command if c != "--"]
    port = free_port()
    cmd = [c.replace("{port}", str(port)) for c in cmd]
    url = "http://127.0.0.1:%d%s" % (port, a.path)
    original = open(a.file, encoding="utf-8").read()
    server = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    times = []
    try:
        deadline = time.monotonic() + a.ready_timeout
        while "</html>" not in fetch(url).lower():
            if time.monotonic() > deadline or server.poll() is not None:
                sys.exit("the server did not serve %s" % url)
            time.sleep(0.2)
        time.sleep(a.pause)
        for i in range(a.runs):
            marker = "修订稿%d%d" % (os.getpid() % 1000, i)
            if a.edit == "title":
                text = re.sub(r'^title: "?([^"\n]*)"?$', lambda m: 'title: "%s%s"' % (m.group(1), marker),
                              original, count=1, flags=re.M)
            else:
                text = original.rstrip("\n") + "\n\n本文件%s。\n" % marker
            start = time.monotonic()
            with open(a.file, "w", encoding="utf-8") as f:
                f.write(text)
            while marker not in fetch(url):
                if time.monotonic() - start > 120:
                    sys.exit("the page never showed the edit")
                time.sleep(0.01)
            times.append(time.monotonic() - start)
            print("run %d: %.3f s" % (i + 1, times[-1]), flush=True)
            time.sleep(a.pause)
    finally:
        with open(a.file, "w", encoding="utf-8") as f:
            f.write(original)
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=300)
    print("median: %.3f s of %d runs" % (statistics.median(times), len(times)))


if __name__ == "__main__":
    main()
