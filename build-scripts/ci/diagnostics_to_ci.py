#!/usr/bin/env python3
"""Turns `govsite check --json` output into what a CI system shows on a merge request.

  govsite check --json | build-scripts/ci/diagnostics_to_ci.py github
      prints GitHub Actions workflow commands (::error file=…,line=…,col=…::message), which
      GitHub shows as annotations on the changed lines of a pull request;
  govsite check --json | build-scripts/ci/diagnostics_to_ci.py codeclimate > gl-code-quality.json
      writes a GitLab Code Quality report, which GitLab shows in the merge request.

Paths are made relative to the repository (the folder CI runs in). Exit status 1 when
any diagnostic is an error, so the job fails like the check itself.
"""
import hashlib
import json
import os
import sys


def rel(path):
    return os.path.relpath(path) if os.path.isabs(path) else os.path.normpath(path)


def main():
    if len(sys.argv) != 2 or sys.argv[1] not in ("github", "codeclimate"):
        sys.exit("usage: diagnostics_to_ci.py github|codeclimate < diagnostics.jsonl")
    diagnostics, summary = [], None
    for line in sys.stdin:
        line = line.strip()
        if not line:
            continue
        item = json.loads(line)
        if "summary" in item:
            summary = item["summary"]
        else:
            diagnostics.append(item)
    errors = sum(1 for d in diagnostics if d["severity"] == "error")
    if sys.argv[1] == "github":
        for d in diagnostics:
            level = "error" if d["severity"] == "error" else "warning"
            where = "file=" + rel(d["file"]) if d["file"] else ""
            if d["line"]:
                where += ",line=%d" % d["line"]
            if d["column"]:
                where += ",col=%d" % d["column"]
            message = ("[%s] %s" % (d["code"], d["message"])).replace("%", "%25").replace("\n", "%0A")
            print("::%s %s::%s" % (level, where, message))
        if summary:
            print("govsite check: %(documents)d documents, %(errors)d errors, %(warnings)d warnings" % summary)
    else:
        report = []
        for d in diagnostics:
            fingerprint = hashlib.sha1(
                ("%s:%s:%s" % (d["file"], d["code"], d["message"])).encode("utf-8")).hexdigest()
            report.append({
                "description": d["message"],
                "check_name": d["code"],
                "fingerprint": fingerprint,
                "severity": "major" if d["severity"] == "error" else "minor",
                "location": {"path": rel(d["file"]) or "site.yaml", "lines": {"begin": max(d["line"], 1)}},
            })
        json.dump(report, sys.stdout, ensure_ascii=False, indent=2)
        print()
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
