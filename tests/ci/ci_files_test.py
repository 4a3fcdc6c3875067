#!/usr/bin/env python3
"""Runs the CI pipeline files of build-scripts/ci/ the way a department uses them: in a
site made by `govsite init` (a folder holding no file of govsite's repository), with the
placeholders filled in, each job's script lines are extracted from the YAML and run with
bash, with the variables each CI system would set. govsite is "downloaded" from a local
HTTP server standing in for the release download, and ssh, scp and sudo are stand-ins on
PATH that run locally, so publishing and previews land in local folders.

  tests/ci/ci_files_test.py GOVSITE_BINARY SOURCE_DIR

Checks: every job passes (check, preview / review app and its stop job, bundle, nightly,
publish); a broken document fails the check job with an annotation on its line; a govsite
that exits non-zero without printing anything fails the check job too; and the nightly job
run at 16:10 UTC (00:10 in Beijing) on the evening a 公示期 ends makes a bundle without
that document and with the one scheduled for the new day.
"""
import functools
import hashlib
import http.server
import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import threading

import yaml

govsite, src = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
ci = os.path.join(src, "build-scripts", "ci")
passed = failed = 0

# The evening a 公示期 ends: the notice expires on 2026-03-10, so it must be gone from a
# build on 2026-03-11; another notice is scheduled for 2026-03-11. The nightly job runs at
# 2026-03-10 16:10 UTC, which is 2026-03-11 00:10 in Beijing.
EXPIRES, NEW_DAY = "2026-03-10", "2026-03-11"
NIGHTLY_EPOCH = "1773159000"  # 2026-03-10T16:10:00Z
QUIET_EPOCH = "1773072600"    # 2026-03-09T16:10:00Z: nothing changes on 2026-03-10
SHA = "0123456789abcdef0123456789abcdef01234567"


def check(what, ok, detail=""):
    global passed, failed
    if ok:
        passed += 1
    else:
        failed += 1
        print("FAILED:", what)
        if detail:
            print("  " + detail.replace("\n", "\n  ")[-4000:])


def write(path, text, mode=None):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    if mode:
        os.chmod(path, mode)


# ---- the files themselves -------------------------------------------------------------

gh_text = open(os.path.join(ci, "github-actions.yml"), encoding="utf-8").read()
gl_text = open(os.path.join(ci, "gitlab-ci.yml"), encoding="utf-8").read()
gh, gl = yaml.safe_load(gh_text), yaml.safe_load(gl_text)
for name, text in (("github", gh_text), ("gitlab", gl_text)):
    check(name + ": needs nothing of govsite's repository",
          "build-scripts/" not in text and "build/govsite" not in text and "diagnostics_to_ci" not in text)
    check(name + ": no '|| true' that would hide a failure", "|| true" not in text)
    check(name + ": one variable for the download location", text.count("GOVSITE_RELEASE_URL/$file") == len(re.findall(r"curl -", text)) > 0)
triggers = gh.get("on", gh.get(True))
check("github: triggers pull_request, push to main, schedule, workflow_dispatch",
      {"pull_request", "push", "schedule", "workflow_dispatch"} <= set(triggers))
check("github: the nightly cron is 16:10 UTC (00:10 北京时间)", triggers["schedule"][0]["cron"] == "10 16 * * *")
check("github: steps run in bash (-eo pipefail)", gh["defaults"]["run"]["shell"] == "bash")
check("github: the pull request's site is uploaded as an artifact",
      any(s.get("uses", "").startswith("actions/upload-artifact") and s["with"]["name"] == "preview"
          for s in gh["jobs"]["check"]["steps"]))
check("gitlab: stages", gl["stages"] == ["check", "build", "publish"])
check("gitlab: the image is a variable", gl["image"] == "$GOVSITE_IMAGE")
review = gl["review"]
check("gitlab: the review app has a URL under /mr-<iid>/ and a stop job",
      review["environment"]["url"] == "$PREVIEW_URL/mr-$CI_MERGE_REQUEST_IID/"
      and review["environment"]["on_stop"] == "stop_review"
      and gl["stop_review"]["environment"]["action"] == "stop"
      and gl["stop_review"]["environment"]["name"] == review["environment"]["name"])
check("gitlab: publish is manual after a merge", any(r.get("when") == "manual" for r in gl["publish"]["rules"]))
check("gitlab: the check job reports code quality", gl["check"]["artifacts"]["reports"]["codequality"] == "gl-code-quality.json")

# ---- the stage: release server, a site from govsite init, stand-ins for the servers -----

work = tempfile.mkdtemp(prefix="govsite-ci-")
server = None
try:
    said_version = subprocess.run([govsite, "--version"], capture_output=True, text=True).stdout
    version = said_version.split()[1]
    release = os.path.join(work, "release")
    os.makedirs(release)
    # The release's static binary (build-scripts/release.sh, which test.sh runs first) is what
    # the jobs download, and what makes the site, so init pins its checksum. Without a
    # release of this very build, the dynamic binary stands in under the same name.
    artifact = "govsite-%s-linux-x86_64" % version
    static = os.path.join(src, "dist", "release", artifact)
    if os.path.isfile(static) and subprocess.run([static, "--version"], capture_output=True,
                                                 text=True).stdout == said_version:
        govsite = static
        print("using the release's static binary", static)
    else:
        print("no static binary of this build in dist/release: the dynamic binary stands in")
    shutil.copy(govsite, os.path.join(release, artifact))
    # A "release" that exits 2 and prints nothing, as a usage error would.
    broken_release = os.path.join(release, "broken")
    write(os.path.join(broken_release, artifact), "#!/bin/sh\n[ \"$1\" = --version ] && exit 0\nexit 2\n", 0o755)
    broken_sha = hashlib.sha256(open(os.path.join(broken_release, artifact), "rb").read()).hexdigest()
    class QuietHandler(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    handler = functools.partial(QuietHandler, directory=release)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    release_url = "http://127.0.0.1:%d" % server.server_port

    site = os.path.join(work, "site")
    r = subprocess.run([govsite, "init", site], capture_output=True, text=True, cwd=work)
    check("govsite init", r.returncode == 0, r.stderr)
    check("the site holds nothing of govsite's repository but what init wrote",
          not any(os.path.exists(os.path.join(site, p)) for p in
                  ("build-scripts", "generator", "themes", "tests", "cmake", "CMakeLists.txt", "build")))

    # Fill in the placeholders: site.yaml from the sample site's values, the pages with text,
    # published after their review, and the links to them switched on.
    sample = yaml.safe_load(open(os.path.join(src, "site.yaml"), encoding="utf-8"))
    text = open(os.path.join(site, "site.yaml"), encoding="utf-8").read()
    for key in ("title", "base_url", "organization", "site_code", "icp", "psb", "conac_url", "index_prefix"):
        text = re.sub(r'(?m)^%s: "【请填写：[^"]*"' % key, '%s: "%s"' % (key, sample[key]), text)
    text = re.sub(r'(?m)^(  - \{title: 局长信箱, url: )"【请填写：[^"]*"', r'\1"%s"' % sample["interaction"][0]["url"], text)
    check("site.yaml holds no placeholder once filled in", "【请填写" not in text, text)
    text = re.sub(r"(?m)^# (links:|  contact:|  guide:|  rules:)", r"\1", text)
    write(os.path.join(site, "site.yaml"), text)
    review_chain = ("review:\n  - {stage: initial, by: 王某, date: 2026-01-05}\n"
                    "  - {stage: second, by: 李某, date: 2026-01-06}\n  - {stage: approved, by: 张某, date: 2026-01-07}\n")
    for page in os.listdir(os.path.join(site, "content", "pages")):
        path = os.path.join(site, "content", "pages", page)
        text = open(path, encoding="utf-8").read()
        text = re.sub(r"【请填写：[^】]*】", "局办公室", text)
        text = re.sub(r"(?m)^published: .*$", "published: 2026-01-08", text)
        text = re.sub(r"(?m)^draft: true.*\nreview: \[\]\n", review_chain, text)
        write(path, text)
    notice = ("---\ntitle: %s\ntype: notice\nid: %s\npublished: %s\n%sdisclosure: public\n" + review_chain +
              "---\n%s\n")
    write(os.path.join(site, "content", "notices", "gs-2026-01.md"),
          notice % ("行政处罚结果公示（2026年第1期）", "gs-2026-01", "2026-01-10", "expires: %s\n" % EXPIRES,
                    "公示期满后本信息自动撤下。"))
    write(os.path.join(site, "content", "notices", "tz-2026-03.md"),
          notice % ("关于开展法治宣传周活动的通知", "tz-2026-03", NEW_DAY, "", "定于三月中旬开展法治宣传周活动。"))
    # As the site's README tells editors: each public document gets its 索引号 before it goes out.
    r = subprocess.run([govsite, "assign-index", "--site", site], capture_output=True, text=True)
    check("assign-index numbers the pages and notices", r.returncode == 0 and r.stdout.count("\n") == 7,
          r.stdout + r.stderr)
    r = subprocess.run([govsite, "check", "--site", site, "--now", NEW_DAY], capture_output=True, text=True)
    check("the filled-in site checks without a diagnostic", r.returncode == 0 and "错误 0 个，警告 0 个" in r.stderr,
          r.stderr)

    # Stand-ins: ssh runs the remote command locally in the "server's" home, scp copies
    # there, sudo runs the install command (a stand-in for the package's
    # /usr/sbin/govsite-install-release: verify, then the bundle's own install.sh).
    stubs = os.path.join(work, "stubs")
    remote_home = os.path.join(work, "remote-home")
    os.makedirs(remote_home)
    write(os.path.join(stubs, "ssh"), r'''#!/bin/bash
while [[ "$1" == -* ]]; do case "$1" in -i|-o|-p|-l) shift 2 ;; *) shift ;; esac; done
echo "$1" >> "$STUB_LOG.ssh-hosts"; shift
cd "$REMOTE_HOME" && HOME="$REMOTE_HOME" exec bash -c "$*"
''', 0o755)
    write(os.path.join(stubs, "scp"), r'''#!/bin/bash
while [[ "$1" == -* ]]; do case "$1" in -i|-o|-P) shift 2 ;; *) shift ;; esac; done
dest="${2#*:}"; case "$dest" in /*) ;; *) dest="$REMOTE_HOME/$dest" ;; esac
cp "$1" "$dest"
''', 0o755)
    write(os.path.join(stubs, "sudo"), r'''#!/bin/bash
echo "$*" >> "$STUB_LOG.sudo"
[ "$1" = /usr/sbin/govsite-install-release ] || { echo "sudo: only govsite-install-release is allowed" >&2; exit 1; }
shift
bundle="$1" releases="$2"
tmp=$(mktemp -d) && trap 'rm -rf "$tmp"' EXIT
tar xzf "$bundle" -C "$tmp" && (cd "$tmp" && sha256sum -c --quiet MANIFEST.sha256)
NGINX=none "$tmp/install.sh" "$releases"
''', 0o755)
    key = os.path.join(work, "id_key")
    write(key, "-----BEGIN OPENSSH PRIVATE KEY-----\nstand-in\n-----END OPENSSH PRIVATE KEY-----\n")
    releases = os.path.join(work, "srv", "www", "sfj.panjin.gov.cn")
    preview_www = os.path.join(work, "preview-www")
    os.makedirs(preview_www)

    base_env = {
        "PATH": stubs + ":" + os.environ["PATH"],
        "HOME": os.path.join(work, "ci-home"),  # the jobs write ~/.ssh: never the real one
        "TZ": "UTC",                             # CI containers run in UTC
        "LANG": "C.UTF-8",
        # Merge-request and merge jobs run on the day the test site was last updated, so its
        # home page is fresh (19号文: a home page older than 2 weeks is a veto warning).
        "SOURCE_DATE_EPOCH": NIGHTLY_EPOCH,
        "REMOTE_HOME": remote_home,
        "STUB_LOG": os.path.join(work, "stub"),
        "GOVSITE_RELEASE_URL": release_url,
        "GOVSITE_BIN_DIR": os.path.join(work, "ci-bin"),
        # The runner's temporary folder: a shell runner keeps it from job to job, so the
        # jobs must leave nothing in it (checked at the end).
        "TMPDIR": os.path.join(work, "ci-tmp"),
        "DEPLOY_HOST": "deploy@web.example.gov.cn",
        "DEPLOY_RELEASES_DIR": releases,
        "DEPLOY_KNOWN_HOSTS": "web.example.gov.cn ssh-ed25519 AAAA",
        "PREVIEW_HOST": "preview@preview.example.gov.cn",
        "PREVIEW_DIR": preview_www,
        "PREVIEW_URL": "https://preview.example.gov.cn",
        "PREVIEW_KNOWN_HOSTS": "preview.example.gov.cn ssh-ed25519 AAAA",
    }
    os.makedirs(base_env["HOME"])
    os.makedirs(base_env["TMPDIR"])

    def workspace(name, artifacts=()):
        """A fresh checkout of the site for one job, with the artifacts of earlier jobs."""
        path = os.path.join(work, "jobs", name)
        shutil.copytree(site, path, ignore=shutil.ignore_patterns("public", "reports", "dist", "preview"))
        for rel, origin in artifacts:
            os.makedirs(os.path.dirname(os.path.join(path, rel)), exist_ok=True)
            shutil.copy(origin, os.path.join(path, rel))
        return path

    def bash(script, env, cwd):
        return subprocess.run(["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", script], env=env, cwd=cwd,
                              capture_output=True, text=True)

    # ---- GitLab: before_script of the job it extends, then its script, in one shell ----
    gl_vars = {k: str(v) for k, v in gl["variables"].items()}

    def gitlab_job(name, ws, **env):
        job = gl[name]
        lines = list(gl.get(job.get("extends", ""), {}).get("before_script", [])) + list(job["script"])
        full = dict(gl_vars)
        full.update({k: str(v) for k, v in job.get("variables", {}).items()})
        full.update(base_env)
        full.update({"CI_COMMIT_SHA": SHA, "CI_DEFAULT_BRANCH": "main", "CI_MERGE_REQUEST_IID": "7",
                     "PREVIEW_SSH_KEY": key, "DEPLOY_SSH_KEY": key})
        full.update(env)
        return bash("\n".join(lines), full, ws)

    # ---- GitHub: each run step in bash -eo pipefail, ${{ }} taken from the test's values ---
    def expression(expr, values):
        expr = expr.strip()
        m = re.fullmatch(r"vars\.(\w+) \|\| '([^']*)'", expr)
        if m:
            return values.get(m.group(1)) or m.group(2)
        m = re.fullmatch(r"(?:vars|secrets)\.(\w+)", expr)
        if m:
            return values.get(m.group(1), "")
        if expr == "github.event_name":
            return values["EVENT_NAME"]
        raise ValueError("the test cannot evaluate ${{ %s }}" % expr)

    def substitute(text, values):
        return re.sub(r"\$\{\{(.*?)\}\}", lambda m: expression(m.group(1), values), text)

    def github_job(name, ws, event, **env):
        values = dict(base_env, EVENT_NAME=event, DEPLOY_SSH_KEY=open(key).read(), **env)
        full = {k: substitute(str(v), values) for k, v in gh["env"].items()}
        full.update(base_env)
        full.update({"GITHUB_SHA": SHA, "GITHUB_OUTPUT": os.path.join(ws, ".github-output"),
                     "GITHUB_PATH": os.path.join(ws, ".github-path")})
        full.update(env)
        outputs, log = {}, ""
        for step in gh["jobs"][name]["steps"]:
            if "run" not in step:
                continue  # checkout, artifacts: the workspace already holds them
            cond = step.get("if")
            if cond and not eval(cond.replace("github.event_name", repr(event)).replace("&&", " and ")
                                 .replace("||", " or ")):
                continue
            step_env = dict(full)
            step_env.update({k: substitute(str(v), values) for k, v in step.get("env", {}).items()})
            for f in ("GITHUB_OUTPUT", "GITHUB_PATH"):
                open(full[f], "w").close()
            r = bash(step["run"], step_env, ws)
            log += r.stdout + r.stderr
            if r.returncode != 0:
                return r.returncode, log, outputs
            for line in open(full["GITHUB_PATH"]).read().split():
                full["PATH"] = line + ":" + full["PATH"]
            for line in open(full["GITHUB_OUTPUT"]).read().splitlines():
                k, _, v = line.partition("=")
                outputs[k] = v
        return 0, log, outputs

    def bundle_names(path):
        with tarfile.open(path) as t:
            return set(t.getnames())

    def bundle_json(path):
        with tarfile.open(path) as t:
            return json.load(t.extractfile("bundle.json"))

    # Checksums as govsite init wrote them: of the binary that made the site.
    init_gl = yaml.safe_load(open(os.path.join(site, ".gitlab-ci.yml"), encoding="utf-8"))
    gl_vars = {k: str(v) for k, v in init_gl["variables"].items()}
    init_gh = yaml.safe_load(open(os.path.join(site, ".github", "workflows", "govsite.yml"), encoding="utf-8"))
    check("init's CI files are the tool's, with version and checksum filled in",
          gl_vars["GOVSITE_VERSION"] == version and
          gl_vars["GOVSITE_SHA256"] == hashlib.sha256(open(govsite, "rb").read()).hexdigest() and
          init_gh["env"]["GOVSITE_SHA256"] == gl_vars["GOVSITE_SHA256"])
    gh = init_gh
    gl = init_gl

    for system in ("gitlab", "github"):
        tag = system + ": "
        # -- check on a merge request: passes; the preview is built --
        ws = workspace(system + "-check")
        if system == "gitlab":
            r = gitlab_job("check", ws, CI_PIPELINE_SOURCE="merge_request_event")
            check(tag + "check passes", r.returncode == 0, r.stdout + r.stderr)
            check(tag + "check writes an empty Code Quality report",
                  json.load(open(os.path.join(ws, "gl-code-quality.json"))) == [])
        else:
            rc, log, _ = github_job("check", ws, "pull_request")
            check(tag + "check passes and builds the preview", rc == 0 and
                  os.path.isfile(os.path.join(ws, "preview", "index.html")), log)
        # -- a broken document: the check job fails, with the problem on its line --
        ws = workspace(system + "-check-broken")
        write(os.path.join(ws, "content", "notices", "bad.md"),
              "---\ntitle: 坏\ntype: notice\npublished: 2026-13-01\ndisclosure: public\n---\n")
        if system == "gitlab":
            r = gitlab_job("check", ws, CI_PIPELINE_SOURCE="merge_request_event")
            report = json.load(open(os.path.join(ws, "gl-code-quality.json")))
            check(tag + "a broken document fails the check job", r.returncode == 1, r.stdout + r.stderr)
            check(tag + "…with a Code Quality issue on its line",
                  any(i["location"] == {"path": "content/notices/bad.md", "lines": {"begin": 4}} and
                      i["check_name"] == "bad-date" and i["severity"] == "major" for i in report), json.dumps(report))
        else:
            rc, log, _ = github_job("check", ws, "pull_request")
            check(tag + "a broken document fails the check job", rc == 1, log)
            check(tag + "…with an annotation on its line",
                  "::error file=content/notices/bad.md,line=4,col=12,title=bad-date::" in log, log)
        # -- govsite exits 2 and prints nothing: the job fails all the same --
        ws = workspace(system + "-check-silent")
        silent = {"GOVSITE_RELEASE_URL": release_url + "/broken", "GOVSITE_SHA256": broken_sha,
                  "GOVSITE_BIN_DIR": os.path.join(work, system + "-broken-bin")}
        if system == "gitlab":
            r = gitlab_job("check", ws, CI_PIPELINE_SOURCE="merge_request_event", **silent)
            check(tag + "a silent non-zero exit fails the check job", r.returncode == 2, r.stdout + r.stderr)
        else:
            rc, log, _ = github_job("check", ws, "pull_request", **silent)
            check(tag + "a silent non-zero exit fails the check job", rc == 2, log)
        # -- a download that is not the pinned release is refused --
        ws = workspace(system + "-check-tampered")
        tampered = {"GOVSITE_RELEASE_URL": release_url + "/broken", "GOVSITE_BIN_DIR": os.path.join(work, system + "-t-bin")}
        if system == "gitlab":
            r = gitlab_job("check", ws, CI_PIPELINE_SOURCE="merge_request_event", **tampered)
            check(tag + "a download with another checksum is refused", r.returncode != 0 and
                  not os.path.exists(os.path.join(tampered["GOVSITE_BIN_DIR"], "govsite")), r.stdout + r.stderr)
        else:
            rc, log, _ = github_job("check", ws, "pull_request", **tampered)
            check(tag + "a download with another checksum is refused", rc != 0 and
                  not os.path.exists(os.path.join(tampered["GOVSITE_BIN_DIR"], "govsite")), log)

        # -- merge to main: the bundle, with the commit from the CI's variables --
        ws = workspace(system + "-bundle")
        if system == "gitlab":
            r = gitlab_job("bundle", ws, CI_PIPELINE_SOURCE="push", CI_COMMIT_BRANCH="main")
            ok, log = r.returncode == 0, r.stdout + r.stderr
        else:
            rc, log, out = github_job("bundle", ws, "push")
            ok = rc == 0 and out.get("changed") == "true"
        bundle = os.path.join(ws, "dist", "site.tar.gz")
        check(tag + "bundle passes", ok and os.path.isfile(bundle), log)
        if os.path.isfile(bundle):
            check(tag + "bundle.json names the commit from the CI's variables", bundle_json(bundle)["source_commit"] == SHA)

            # -- publish: scp to the deploy user's home, then the one sudo command --
            ws = workspace(system + "-publish", [("dist/site.tar.gz", bundle)])
            for f in ("ssh-hosts", "sudo"):
                if os.path.exists(base_env["STUB_LOG"] + "." + f):
                    os.remove(base_env["STUB_LOG"] + "." + f)
            if system == "gitlab":
                r = gitlab_job("publish", ws, CI_PIPELINE_SOURCE="push", CI_COMMIT_BRANCH="main")
                rc, log = r.returncode, r.stdout + r.stderr
            else:
                rc, log, _ = github_job("publish", ws, "workflow_dispatch")
            check(tag + "publish passes and installs the release", rc == 0 and
                  os.path.isfile(os.path.join(releases, "current", "site", "index.html")), log)
            sudo_log = open(base_env["STUB_LOG"] + ".sudo").read() if os.path.exists(base_env["STUB_LOG"] + ".sudo") else ""
            check(tag + "publish runs exactly the install command as root",
                  sudo_log == "/usr/sbin/govsite-install-release %s/govsite-bundle.tar.gz %s\n" % (remote_home, releases),
                  sudo_log)
            bad = dict(DEPLOY_RELEASES_DIR="/srv/www/x; rm -rf /")
            if system == "gitlab":
                r = gitlab_job("publish", ws, CI_PIPELINE_SOURCE="push", CI_COMMIT_BRANCH="main", **bad)
                rc = r.returncode
            else:
                rc, _, _ = github_job("publish", ws, "workflow_dispatch", **bad)
            check(tag + "publish refuses a releases folder with shell characters", rc == 2)

        # -- the review app (GitLab) on the preview server under /mr-<iid>/, and its stop job --
        if system == "gitlab":
            ws = workspace("gitlab-review")
            r = gitlab_job("review", ws, CI_PIPELINE_SOURCE="merge_request_event")
            check(tag + "the review app publishes the merge request's site under /mr-7/", r.returncode == 0 and
                  os.path.isfile(os.path.join(preview_www, "mr-7", "index.html")) and
                  "preview: https://preview.example.gov.cn/mr-7/" in r.stdout, r.stdout + r.stderr)
            r = gitlab_job("stop_review", workspace("gitlab-stop"), CI_PIPELINE_SOURCE="merge_request_event")
            check(tag + "the stop job removes it", r.returncode == 0 and not os.path.exists(os.path.join(preview_www, "mr-7")),
                  r.stdout + r.stderr)

        # -- nightly at 16:10 UTC on the evening the 公示期 ends --
        ws = workspace(system + "-nightly")
        if system == "gitlab":
            r = gitlab_job("bundle", ws, CI_PIPELINE_SOURCE="schedule", SOURCE_DATE_EPOCH=NIGHTLY_EPOCH)
            ok, log = r.returncode == 0, r.stdout + r.stderr
        else:
            rc, log, out = github_job("bundle", ws, "schedule", SOURCE_DATE_EPOCH=NIGHTLY_EPOCH)
            ok = rc == 0 and out.get("changed") == "true"
        bundle = os.path.join(ws, "dist", "site.tar.gz")
        check(tag + "nightly at 00:10 Beijing time on the day after the 公示期 rebuilds", ok and os.path.isfile(bundle), log)
        if os.path.isfile(bundle):
            names = bundle_names(bundle)
            check(tag + "…the expired document is no longer in the bundle",
                  "site/notices/tz-2026-03.html" in names and not any("gs-2026-01" in n for n in names), str(sorted(names)))
            check(tag + "…the bundle is of the new day", bundle_json(bundle)["build_date"] == NEW_DAY,
                  json.dumps(bundle_json(bundle)))
            ws = workspace(system + "-nightly-publish", [("dist/site.tar.gz", bundle)])
            if system == "gitlab":
                r = gitlab_job("publish", ws, CI_PIPELINE_SOURCE="schedule")
                rc, log = r.returncode, r.stdout + r.stderr
            else:
                rc, log, _ = github_job("publish", ws, "schedule")
            check(tag + "nightly publish installs it", rc == 0 and
                  os.path.isfile(os.path.join(releases, "current", "site", "notices", "tz-2026-03.html")) and
                  not os.path.exists(os.path.join(releases, "current", "site", "notices", "gs-2026-01.html")), log)
        # -- a night when nothing changes: no bundle, the job still passes --
        ws = workspace(system + "-nightly-quiet")
        if system == "gitlab":
            r = gitlab_job("bundle", ws, CI_PIPELINE_SOURCE="schedule", SOURCE_DATE_EPOCH=QUIET_EPOCH)
            ok, log = r.returncode == 0, r.stdout + r.stderr
        else:
            rc, log, out = github_job("bundle", ws, "schedule", SOURCE_DATE_EPOCH=QUIET_EPOCH)
            ok = rc == 0 and out.get("changed") == "false"
        check(tag + "a quiet night makes no bundle", ok and not os.path.exists(os.path.join(ws, "dist", "site.tar.gz")) and
              "does not change by itself on 2026-03-10" in log, log)
    left = sorted(os.listdir(base_env["TMPDIR"]))
    check("the jobs leave nothing in the runner's temporary folder (a shell runner keeps it)", not left, str(left))
finally:
    if server:
        server.shutdown()
    shutil.rmtree(work, ignore_errors=True)

print("%d passed, %d failed" % (passed, failed))
sys.exit(1 if failed else 0)
