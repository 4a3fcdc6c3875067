#!/usr/bin/env python3
"""The documentation: README.md and docs/*.md.

- Every relative link leads to a file of the repository, and a link with "#anchor" to a
  heading of that file (anchors made as GitHub makes them), so moving a section cannot
  leave a reference behind.
- The README starts with the two commands CI and graders run on a fresh Debian 12
  machine, written exactly so, and stays short (the rest lives in docs/).
- The README's "who reads what" table links every file of docs/.
- The architecture in docs/internals.md describes every folder and unit of generator/.

    tests/docs/docs_test.py SOURCE_DIR
"""
import pathlib
import re
import sys

src = pathlib.Path(sys.argv[1]).resolve()
failures = []


def fail(message):
    failures.append(message)
    print("FAILED:", message)


def anchor(heading):
    """GitHub's anchor of a heading: lower case, punctuation dropped, spaces to '-'."""
    text = re.sub(r"`", "", heading.strip()).lower()
    text = re.sub(r"[^\w\- ]", "", text)
    return text.replace(" ", "-")


def anchors_of(path):
    names = set()
    in_code = False
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("```"):
            in_code = not in_code
        elif not in_code and (m := re.match(r"#{1,6} (.*)", line)):
            names.add(anchor(m.group(1)))
    return names


def without_code(text):
    text = re.sub(r"```.*?```", "", text, flags=re.S)
    return re.sub(r"`[^`\n]*`", "", text)


pages = [src / "README.md"] + sorted((src / "docs").glob("*.md"))
links = 0
for page in pages:
    text = without_code(page.read_text(encoding="utf-8"))
    for target in re.findall(r"\]\(([^)\s]+)\)", text):
        if re.match(r"[a-z][a-z0-9+.-]*:", target):  # https:, mailto:
            continue
        links += 1
        path, _, fragment = target.partition("#")
        file = (page.parent / path).resolve() if path else page
        where = f"{page.relative_to(src)}: ({target})"
        if not file.exists():
            fail(f"{where}: {path} does not exist")
            continue
        if fragment and file.suffix == ".md" and fragment not in anchors_of(file):
            fail(f"{where}: {file.relative_to(src)} has no heading with the anchor #{fragment}")
if links < 30:
    fail(f"only {links} relative links found: is the link pattern still right?")

readme = (src / "README.md").read_text(encoding="utf-8")
first_block = re.search(r"```sh\n(.*?)```", readme, flags=re.S)
commands = [line.split("#")[0].strip() for line in first_block.group(1).splitlines()] if first_block else []
if commands[:2] != ["bash build-scripts/build-site.sh", "bash build-scripts/test.sh"]:
    fail(f"the README's first commands are {commands[:2]}, not build-site.sh and test.sh")
if readme.find("```sh") > 2000:
    fail("the two commands are no longer at the top of the README")
if len(readme.encode()) > 12 * 1024:
    fail(f"README.md is {len(readme.encode())} bytes: readers' details belong in docs/")
for doc in sorted((src / "docs").glob("*.md")):
    if f"](docs/{doc.name})" not in readme:
        fail(f"the README's table does not link docs/{doc.name}")

# The architecture in docs/internals.md names every folder of generator/ and, in that
# folder's entry, every unit in it (a file's name without its extension), so a new unit or
# folder cannot go undocumented.
internals = (src / "docs" / "internals.md").read_text(encoding="utf-8")
section = re.search(r"\n## Architecture\n(.*?)\n## ", internals, flags=re.S)
tree = re.search(r"```\ngenerator/\n(.*?)```", section.group(1), flags=re.S) if section else None
entries = {}
current = None
for line in (tree.group(1).splitlines() if tree else []):
    if re.match(r"\S", line):  # packaging/, cmake/: outside generator/
        current = None
    elif m := re.match(r"  (\S+?)/?\s", line + " "):
        current = m.group(1).split(",")[0]
        entries[current] = ""
    if current:
        entries[current] += line + "\n"
if not entries:
    fail("docs/internals.md has no Architecture section with a generator/ tree")
for folder in sorted(p for p in (src / "generator").iterdir() if p.is_dir()):
    entry = entries.get(folder.name)
    if entry is None:
        fail(f"the architecture in docs/internals.md does not describe generator/{folder.name}/")
        continue
    for unit in sorted({f.name.split(".")[0] for f in folder.iterdir() if f.is_file()}):
        if not re.search(r"(?<![\w])" + re.escape(unit) + r"(?![\w])", entry):
            fail(f"the architecture's entry for generator/{folder.name}/ does not name {unit}")

print(f"{links} links checked, {len(failures)} failed")
sys.exit(1 if failures else 0)
