#!/usr/bin/env python3
"""The size of generator/'s units (issue 25): one idea per file, a function one can read.

- No file under generator/ has more than 350 lines.
- No C++ function (signature to closing brace, in a .cpp or .h) has more than 80 lines;
  a lambda inside a function is part of that function.
- A failure names the file and the line where the file or the function starts.
- The checker itself finds a long file and a long function planted in a small tree, and
  not the short ones, so it cannot pass because it stopped looking.

    tests/layers/size_test.py SOURCE_DIR

Functions are found by a brace-depth scan over the code with comments, string and character
literals and preprocessor lines blanked out: a `{` outside any function whose head (the code
since the last `;`, `{` or `}`) has parentheses and no initializer `=` opens a function; a
namespace, class, enum or initializer brace does not.
"""
import pathlib
import re
import sys
import tempfile

MAX_FILE_LINES = 350
MAX_FUNCTION_LINES = 80
SOURCES = (".h", ".hpp", ".cpp", ".cc")

# Paths under generator/ the limits do not apply to yet, each with its reason.
EXEMPT = {
}

TYPE_KEYWORDS = {"namespace", "struct", "class", "union", "enum", "extern"}
ACCESS = re.compile(r"^(?:public|protected|private)\s*:(?!:)\s*")


def blank_non_code(text):
    """The text with comments, literals' contents and preprocessor lines made spaces.

    Newlines stay, so offsets and line numbers are those of the original text."""
    out = list(text)
    n = len(text)
    i = 0
    line_start = True

    def blank(a, b):
        for k in range(a, b):
            if out[k] != "\n":
                out[k] = " "

    while i < n:
        c = text[i]
        if c == "\n":
            line_start = True
            i += 1
            continue
        if line_start and c == "#":
            j = i
            while j < n and not (text[j] == "\n" and text[j - 1] != "\\"):
                j += 1
            blank(i, j)
            i = j
            continue
        if not c.isspace():
            line_start = False
        if text.startswith("//", i):
            j = text.find("\n", i)
            j = n if j < 0 else j
            blank(i, j)
            i = j
        elif text.startswith("/*", i):
            j = text.find("*/", i + 2)
            j = n if j < 0 else j + 2
            blank(i, j)
            i = j
        elif c == '"':
            raw = re.search(r'(?:^|[^A-Za-z0-9_])(?:u8|u|U|L)?R$', text[max(0, i - 3):i])
            if raw:
                m = re.match(r'"([^()\\\s]{0,16})\(', text[i:])
                end = text.find(")" + m.group(1) + '"', i) if m else -1
                j = n if end < 0 else end + len(m.group(1)) + 2
            else:
                j = i + 1
                while j < n and text[j] != '"' and text[j] != "\n":
                    j += 2 if text[j] == "\\" else 1
                j += 1
            blank(i + 1, j - 1)
            i = j
        elif c == "'":
            start = i
            while start > 0 and (text[start - 1].isalnum() or text[start - 1] in "_.'"):
                start -= 1
            if start < i and text[start].isdigit():
                i += 1  # a digit separator: 1'000
                continue
            j = i + 1
            while j < n and text[j] != "'" and text[j] != "\n":
                j += 2 if text[j] == "\\" else 1
            j += 1
            blank(i + 1, j - 1)
            i = j
        else:
            i += 1
    return "".join(out)


def top_level_equals(head):
    """Whether head has an `=` (not ==, <=, >=, !=) outside parentheses and brackets."""
    depth = 0
    for k, c in enumerate(head):
        if c in "([":
            depth += 1
        elif c in ")]":
            depth -= 1
        elif c == "=" and depth == 0:
            before = head[k - 1] if k else ""
            after = head[k + 1] if k + 1 < len(head) else ""
            if before not in "=<>!" and after != "=":
                return True
    return False


def opens_function(head):
    """Whether a `{` after head (code since the last ; { or }) starts a function body."""
    words = re.findall(r"[A-Za-z_][A-Za-z0-9_]*", re.sub(r"template\s*<[^{;]*?>", " ", head))
    if not words or "(" not in head:
        return False
    if "operator" in words:
        return True
    if words[0] in TYPE_KEYWORDS or (len(words) > 1 and words[0] in ("static", "inline")
                                     and words[1] in TYPE_KEYWORDS):
        return False
    if top_level_equals(head):
        return False
    return True


def long_functions(text, limit=MAX_FUNCTION_LINES):
    """(line, lines) of every function in text longer than limit lines."""
    code = blank_non_code(text)
    found = []
    stack = []  # per open brace: True when it opened a function body
    head_start = 0  # offset just after the last ; { or } outside a function
    function_start = None  # (offset of the signature, depth of the body brace)
    in_function = False
    i = 0
    n = len(code)
    while i < n:
        c = code[i]
        if in_function:
            if c == "{":
                stack.append(False)
            elif c == "}":
                stack.pop()
                if len(stack) == function_start[1]:
                    in_function = False
                    # A brace initializer in a constructor's member list (x_{1}, y_{2} {…})
                    # is followed by , or {: the function is still to come.
                    rest = code[i + 1:].lstrip()
                    if rest[:1] in (",", "{"):
                        i += 1
                        continue
                    first = function_start[0]
                    begin = code.count("\n", 0, first) + 1
                    end = code.count("\n", 0, i) + 1
                    if end - begin + 1 > limit:
                        found.append((begin, end - begin + 1))
                    head_start = i + 1
        elif c == "{":
            head = code[head_start:i]
            if opens_function(head):
                # The function starts at its signature, after any access specifier.
                signature = ACCESS.sub("", head.lstrip(), count=1)
                offset = head_start + len(head) - len(signature)
                function_start = (offset, len(stack))
                in_function = True
                stack.append(True)
            else:
                stack.append(False)
                head_start = i + 1
        elif c == "}":
            if stack:
                stack.pop()
            head_start = i + 1
        elif c == ";":
            head_start = i + 1
        i += 1
    return found


def exemption(rel):
    for path, reason in EXEMPT.items():
        if rel == path or (path.endswith("/") and rel.startswith(path)):
            return reason
    return None


def oversized(generator):
    """Every file and function of generator/ over the limits, as messages."""
    found = []
    for file in sorted(generator.rglob("*")):
        if not file.is_file():
            continue
        rel = file.relative_to(generator).as_posix()
        if exemption(rel):
            continue
        text = file.read_text(encoding="utf-8", errors="replace")
        lines = text.count("\n") + (0 if text.endswith("\n") or not text else 1)
        if lines > MAX_FILE_LINES:
            found.append(f"generator/{rel}:1: {lines} lines (at most {MAX_FILE_LINES})")
        if file.suffix in SOURCES:
            for line, length in long_functions(text):
                found.append(f"generator/{rel}:{line}: a function of {length} lines "
                             f"(at most {MAX_FUNCTION_LINES})")
    return found


def self_test():
    """The checker reports the long file and function planted in a throwaway tree, and only them."""
    body = "".join(f"    total += {k};\n" for k in range(79))
    short = "int short_one(int x) {\n" + body[:-len("    total += 78;\n")] + "}\n"
    tricky = ('namespace {\n'
              'const char* text = R"(})";  // }\n'
              "const char brace = '}';\n"
              'struct Table { int a; };\n'
              'const Table table[] = {{1}, {2}};\n'
              '}\n'
              'Holder::Holder(int a) : a_{a}, b_(a)\n'
              '{\n' + body +
              '    auto f = [&](int y) {\n'
              '        return y;\n'
              '    };\n'
              '}\n'
              'class Loop {\n'
              ' public:\n'
              '  int run() {\n' + body +
              '    return 0;\n'
              '  }\n'
              '};\n')
    with tempfile.TemporaryDirectory() as tmp:
        root = pathlib.Path(tmp)
        (root / "low").mkdir()
        (root / "low" / "short.cpp").write_text(short)
        (root / "low" / "long.cpp").write_text(tricky)
        (root / "low" / "data.yaml").write_text("x: 1\n" * (MAX_FILE_LINES + 1))
        (root / "low" / "fits.yaml").write_text("x: 1\n" * MAX_FILE_LINES)
        found = oversized(root)
        return found == [f"generator/low/data.yaml:1: {MAX_FILE_LINES + 1} lines (at most {MAX_FILE_LINES})",
                         f"generator/low/long.cpp:7: a function of {79 + 6} lines "
                         f"(at most {MAX_FUNCTION_LINES})",
                         f"generator/low/long.cpp:{7 + 79 + 6 + 2}: a function of {79 + 3} lines "
                         f"(at most {MAX_FUNCTION_LINES})"], found


def main():
    src = pathlib.Path(sys.argv[1]).resolve()
    generator = src / "generator"
    failures = []
    passed, found = self_test()
    if not passed:
        failures.append(f"the checker's self-test found {found}, not the planted long file and function")
    for path in EXEMPT:
        if not (generator / path).exists():
            failures.append(f"the exemption of generator/{path} names nothing: remove it")
    failures += oversized(generator)
    for failure in failures:
        print("FAILED:", failure)
    print(f"{len(failures)} failed (files at most {MAX_FILE_LINES} lines, "
          f"functions at most {MAX_FUNCTION_LINES}; {len(EXEMPT)} exempt)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
