#!/usr/bin/env python3
"""The layers of generator/ (generator/layers.txt): no include goes upward.

- Every `#include "folder/…"` (or <folder/…>) in generator/ names its own folder or one
  listed before it in generator/layers.txt; a failure names the file, the line and the
  forbidden edge.
- layers.txt lists every folder of generator/, and only those.
- docs/internals.md shows the same order ("core < messages < … < cli").
- cli/ stays thin (issue 25): no file of it over 200 lines, and none includes cache/ (the
  build cache is pipeline/incremental_build's business, not a command's).
- The checker itself finds an upward include, a long cli/ file and a cli/ include of
  cache/ planted in a small tree, so it cannot pass because it stopped looking.

    tests/layers/layers_test.py SOURCE_DIR
"""
import pathlib
import re
import sys
import tempfile

INCLUDE = re.compile(r'^\s*#\s*include\s*["<]([A-Za-z0-9_]+)/[^">]*[">]')
SOURCES = (".h", ".hpp", ".cpp", ".cc")
CLI_MAX_LINES = 200


def read_layers(path):
    return [line.strip() for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.lstrip().startswith("#")]


def upward_includes(generator, layers):
    """Every include of a folder listed after the including file's own, as messages."""
    rank = {folder: n for n, folder in enumerate(layers)}
    found = []
    for file in sorted(generator.rglob("*")):
        if not file.is_file() or file.suffix not in SOURCES:
            continue
        rel = file.relative_to(generator)
        # A file directly in generator/ (main.cpp) sits above every folder.
        own = rel.parts[0] if len(rel.parts) > 1 else None
        lines = file.read_text(encoding="utf-8", errors="replace").splitlines()
        for number, line in enumerate(lines, 1):
            m = INCLUDE.match(line)
            if not m or m.group(1) not in rank or own is None or own == m.group(1):
                continue
            if own not in rank:
                found.append(f"generator/{rel}:{number}: {own}/ is not in generator/layers.txt")
            elif rank[m.group(1)] > rank[own]:
                found.append(f"generator/{rel}:{number}: {own}/ may not include {m.group(1)}/ "
                             f"(a higher layer in generator/layers.txt): {line.strip()}")
    return found


def thick_cli(generator):
    """Every file of cli/ over CLI_MAX_LINES lines or including cache/, as messages."""
    found = []
    for file in sorted((generator / "cli").rglob("*")):
        if not file.is_file() or file.suffix not in SOURCES:
            continue
        rel = file.relative_to(generator)
        lines = file.read_text(encoding="utf-8", errors="replace").splitlines()
        if len(lines) > CLI_MAX_LINES:
            found.append(f"generator/{rel}: {len(lines)} lines, over the {CLI_MAX_LINES} of a thin cli/ "
                         f"file: move the work down to pipeline/ (or model/, publish/)")
        for number, line in enumerate(lines, 1):
            m = INCLUDE.match(line)
            if m and m.group(1) == "cache":
                found.append(f"generator/{rel}:{number}: cli/ may not include cache/ (the build cache "
                             f"belongs to pipeline/incremental_build): {line.strip()}")
    return found


def self_test():
    """The checker reports an upward include planted in a throwaway tree, and only it."""
    with tempfile.TemporaryDirectory() as tmp:
        root = pathlib.Path(tmp)
        for folder, text in {"low": '#include "low/a.h"\n', "high": '#include "low/a.h"\n'}.items():
            (root / folder).mkdir()
            (root / folder / "a.h").write_text(text)
        (root / "low" / "b.cpp").write_text('#include <string>\n\n#include "high/a.h"\n')
        found = upward_includes(root, ["low", "high"])
        if found != ['generator/low/b.cpp:3: low/ may not include high/ (a higher layer '
                     'in generator/layers.txt): #include "high/a.h"']:
            return False
        (root / "cli").mkdir()
        (root / "cli" / "long.cpp").write_text("//\n" * (CLI_MAX_LINES + 1))
        (root / "cli" / "short.cpp").write_text("//\n" * CLI_MAX_LINES)
        (root / "cli" / "cached.h").write_text('#pragma once\n#include "cache/build_cache.h"\n')
        return thick_cli(root) == [
            'generator/cli/cached.h:2: cli/ may not include cache/ (the build cache belongs to '
            'pipeline/incremental_build): #include "cache/build_cache.h"',
            f'generator/cli/long.cpp: {CLI_MAX_LINES + 1} lines, over the {CLI_MAX_LINES} of a thin '
            'cli/ file: move the work down to pipeline/ (or model/, publish/)']


def main():
    src = pathlib.Path(sys.argv[1]).resolve()
    generator = src / "generator"
    layers = read_layers(generator / "layers.txt")
    failures = []
    if not self_test():
        failures.append("the checker did not report exactly what was planted in its self-test")
    folders = sorted(p.name for p in generator.iterdir() if p.is_dir())
    for folder in folders:
        if folder not in layers:
            failures.append(f"generator/{folder}/ is not in generator/layers.txt")
    for folder in layers:
        if folder not in folders:
            failures.append(f"generator/layers.txt lists {folder}, which is not a folder of generator/")
    if len(set(layers)) != len(layers):
        failures.append("generator/layers.txt lists a folder twice")
    failures += upward_includes(generator, layers)
    failures += thick_cli(generator)
    chain = " < ".join(layers)
    internals = " ".join((src / "docs" / "internals.md").read_text(encoding="utf-8").split())
    if chain not in internals:
        failures.append(f'docs/internals.md does not show the layers as "{chain}"')
    for failure in failures:
        print("FAILED:", failure)
    print(f"{len(layers)} layers, {len(failures)} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
