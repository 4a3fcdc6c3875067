#!/usr/bin/env python3
"""Checks the CI pipeline definitions in build-scripts/ci/ against their systems' rules
(structure, job names, stages, what each job runs) and the diagnostics converter they
use, run on real `govsite check --json` output.

  tests/ci/ci_files_test.py GOVSITE_BINARY SOURCE_DIR
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

import yaml

govsite, src = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
ci = os.path.join(src, "build-scripts", "ci")
passed = failed = 0


def check(what, ok):
    global passed, failed
    if ok:
        passed += 1
    else:
        failed += 1
        print("FAILED:", what)


def commands(text):
    """The govsite invocations and repository scripts a pipeline runs."""
    return set(re.findall(r"build/govsite (\w[\w-]*)", text)), set(re.findall(r"(build-scripts/[\w/.-]+)", text))


# GitHub Actions: `on` (YAML 1.1 reads the bare key as true), jobs with runs-on and steps.
text = open(os.path.join(ci, "github-actions.yml"), encoding="utf-8").read()
gh = yaml.safe_load(text)
triggers = gh.get("on", gh.get(True))
check("github: triggers pull_request, push to main, schedule, workflow_dispatch",
      isinstance(triggers, dict) and {"pull_request", "push", "schedule", "workflow_dispatch"} <= set(triggers)
      and triggers["push"]["branches"] == ["main"])
check("github: jobs check, bundle, publish", set(gh["jobs"]) == {"check", "bundle", "publish"})
for name, job in gh["jobs"].items():
    check("github: %s has runs-on and steps" % name, "runs-on" in job and isinstance(job.get("steps"), list) and job["steps"])
    for step in job["steps"]:
        check("github: %s step has exactly one of uses/run" % name, ("uses" in step) != ("run" in step))
check("github: publish needs bundle", gh["jobs"]["publish"]["needs"] == "bundle")
check("github: the cron is valid (5 fields)", len(triggers["schedule"][0]["cron"].split()) == 5)

# GitLab CI: stages, every job in a known stage with a script, rules, the code quality report.
gl = yaml.safe_load(open(os.path.join(ci, "gitlab-ci.yml"), encoding="utf-8"))
jobs = {k: v for k, v in gl.items() if isinstance(v, dict) and not k.startswith(".") and k not in ("default", "variables")}
check("gitlab: stages check, bundle, publish", gl["stages"] == ["check", "bundle", "publish"])
check("gitlab: jobs check, bundle, publish", set(jobs) == {"check", "bundle", "publish"})
for name, job in jobs.items():
    check("gitlab: %s is in a declared stage" % name, job.get("stage") in gl["stages"])
    check("gitlab: %s has a script and rules" % name, isinstance(job.get("script"), list) and isinstance(job.get("rules"), list))
check("gitlab: extends points at a hidden job", all(gl.get(j["extends"]) for j in jobs.values() if "extends" in j))
check("gitlab: the check job reports code quality", jobs["check"]["artifacts"]["reports"]["codequality"] == "gl-code-quality.json")
check("gitlab: publish is manual after a merge", any(r.get("when") == "manual" for r in jobs["publish"]["rules"]))

# Every govsite command and repository script the pipelines run exists.
for f in ("github-actions.yml", "gitlab-ci.yml"):
    used, scripts = commands(open(os.path.join(ci, f), encoding="utf-8").read())
    for sub in used:
        rc = subprocess.run([govsite, sub, "--help"], capture_output=True).returncode
        check("%s: govsite %s exists" % (f, sub), rc == 0)
    for script in scripts:
        check("%s: %s exists" % (f, script), os.path.exists(os.path.join(src, script)))

# The converter on real diagnostics.
work = tempfile.mkdtemp()
try:
    for part in ("content", "themes", "site.yaml", "data"):
        (shutil.copytree if part != "site.yaml" else shutil.copy)(os.path.join(src, part), os.path.join(work, part))
    with open(os.path.join(work, "content", "bad.md"), "w", encoding="utf-8") as f:
        f.write("---\ntitle: 坏\ntype: notice\npublished: 2019-13-01\ndisclosure: public\n---\n")
    out = subprocess.run([govsite, "check", "--site", ".", "--json", "--now", "2019-12-31"], cwd=work,
                         capture_output=True, text=True).stdout
    conv = os.path.join(ci, "diagnostics_to_ci.py")
    gh_out = subprocess.run([sys.executable, conv, "github"], input=out, capture_output=True, text=True, cwd=work)
    check("converter: github annotation on the file and line", "::error file=content/bad.md,line=4,col=1::[bad-date]" in gh_out.stdout)
    check("converter: exit 1 on errors", gh_out.returncode == 1)
    cc_out = subprocess.run([sys.executable, conv, "codeclimate"], input=out, capture_output=True, text=True, cwd=work)
    report = json.loads(cc_out.stdout)
    check("converter: a code climate issue for the error",
          any(i["location"]["path"] == "content/bad.md" and i["location"]["lines"]["begin"] == 4 and i["severity"] == "major"
              for i in report))
finally:
    shutil.rmtree(work)

print("%d passed, %d failed" % (passed, failed))
sys.exit(1 if failed else 0)
