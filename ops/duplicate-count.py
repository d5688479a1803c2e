#!/usr/bin/env python3
"""Counts repeated code the way issue 17 defines it: pairs of places that share six or more lines
beyond boilerplate (getters, setters, fields, injection constructors, annotations, braces).

    python3 ops/duplicate-count.py [DIR] [--list] [--strict]

DIR defaults to src/main/java; `.` counts the whole tree. The pairs come from the `duplicates`
command (`duplicates --repo DIR --min-lines 6 --most 200 --seconds 600`). That command shows at most
200 rows (`--most` is capped at 200 and the cut rows are only counted, `(+N more pairs)`), so this
script runs the very same command in-process with only that cap lifted: it reads the command's own
code from its zip (/usr/local/bin/duplicates, or $DUPLICATES), calls its `main` with the same words
and `--most` set above the number of pairs, and checks that the header line and the first 200 rows are
exactly what the command prints. Where that is not possible (the command changed), it says so and falls
back to running the command per sub-folder, splitting until each has at most 200 pairs, and sums them;
pairs across two sub-folders are then not seen, and the figure says "(per sub-tree, a lower bound)".

Each row names the longest shared run of the two places (`a.java:10-24 ~ b.java:40-54`; a row's
`(+N more runs)` are not read). The script reads both line ranges and classifies every line that the
command itself reads (not blank, not a comment, not an import, not only punctuation). A pair is
boilerplate when the command marks it so (`boilerplate`), or when every such line on both sides
matches one of these rules, and only then:

  braces       a line of only braces, brackets, parentheses, `;` and `,`
  annotations  a line of annotations only (`@Inject`, `@Column(name = "X", nullable = false)`, `@GET`)
  fields       a declaration without logic: `[modifiers] Type name;` or `= literal;` (a number, a
               string, true, false, null), also after annotations on the same line
  accessors    a getter `[modifiers] Type name() {` with `return x;` / `return this.x;`, a setter
               `[modifiers] void setX(Type x) {` with `this.x = x;`, or either on one line
  constructors `@Inject`, a constructor's head `[modifiers] Name(Type a, ...` and its parameter lines
               (`Type a,` / `Type a) {`), `this.x = x;`, `super(a, b);` with plain names and
               literals as arguments, and the CDI proxy's `this(null, null);`
  type heads   `[modifiers] class|interface|enum Name [extends A] [implements B] {`: a declaration
               (a record's head, with its components, counts: it is checked like a constructor)
  delegations  a method that only hands its parameters on: its head (`[annotations] [modifiers] Type
               name(Type a, ...) {`) and a body of one `return call(a, "literal", X.class);` whose arguments
               are names, literals and class literals only (`return list("findByTender", "tenderId", tenderId);`
               in a repository, `return get(id);` in a resource); `return call(A.B, a)` or any expression counts

Everything else counts: an `if`, a call, an expression, a `return` of anything but a field. A pair
that shares one such line is counted. With --strict the command's own mark is not trusted either (a
marked pair then counts unless the rules above exclude it); the default trusts it, as issue 17 asks.

It prints the raw count, each excluded category with its count, the count beyond boilerplate, and
(with --list, or always when run on at most 200 counted pairs) the counted pairs, one per line.
"""
import os
import re
import subprocess
import sys
import zipfile

TOOL = os.environ.get("DUPLICATES", "/usr/local/bin/duplicates")
WORDS = ["--min-lines", "6", "--seconds", "600"]
CAP = 200
ROW = re.compile(r"^D\d+ (\S+):(\d+)-(\d+) ~ (\S+):(\d+)-(\d+)(.*)$")
HEADER = re.compile(r"^(\d+) pairs? of places")

# What `duplicates` itself passes over (blank, comments, imports, lone punctuation, < 3 characters).
NO_SUBSTANCE = re.compile(r"[\s{}()\[\];,:.]*")
ASIDE = ("/*", "*", "//", "'''", '"""', "#")
HEADER_LINE = re.compile(r"^(import\b|package [\w.]+;?$|from \S+ import\b)")

MODS = r"(?:(?:public|protected|private|static|final|transient|volatile|abstract|synchronized)\s+)*"
TYPE = r"[\w.]+(?:<[\w.,<>?\[\] ]*>)?(?:\[\])*(?:\.\.\.)?"
NAME = r"[a-zA-Z_]\w*"
ANNOTATION = r"@[\w.]+(?:\((?:[^()]|\([^()]*\))*\))?"
LITERAL = r"(?:-?\d[\w.]*|\"(?:[^\"\\]|\\.)*\"|'(?:[^'\\]|\\.)*'|true|false|null)"
PARAM = rf"(?:final\s+)?(?:{ANNOTATION}\s+)*{TYPE}\s+{NAME}"
ARG = rf"(?:{LITERAL}|{NAME}\.class|{NAME})"

RULES = [
    ("braces", re.compile(r"^[{}()\[\];,\s]*$")),
    ("annotations", re.compile(rf"^(?:{ANNOTATION}\s*)+$")),
    ("fields", re.compile(rf"^(?:{ANNOTATION}\s+)*{MODS}{TYPE}\s+{NAME}(?:\s*=\s*{LITERAL})?;$")),
    ("accessors", re.compile(rf"^{MODS}{TYPE}\s+{NAME}\(\)\s*\{{$")),  # getter head
    ("accessors", re.compile(rf"^return\s+(?:this\.)?{NAME};$")),
    ("accessors", re.compile(rf"^{MODS}void\s+set\w*\({PARAM}\)\s*\{{$")),
    ("accessors", re.compile(rf"^{MODS}{TYPE}\s+{NAME}\(\)\s*\{{\s*return\s+(?:this\.)?{NAME};\s*\}}$")),
    ("accessors", re.compile(rf"^{MODS}void\s+set\w*\({PARAM}\)\s*\{{\s*this\.({NAME})\s*=\s*\1;\s*\}}$")),
    ("constructors", re.compile(rf"^(?:public|protected|private)?\s*[A-Z]\w*\((?:{PARAM}(?:,\s*{PARAM})*)?(?:,|\)\s*\{{|\)\s*\{{\s*\}}|\))?$")),
    ("constructors", re.compile(rf"^(?:{PARAM},\s*)*{PARAM}(?:,|\)\s*\{{|\)\s*\{{\s*\}})$")),
    ("constructors", re.compile(rf"^this\.({NAME})\s*=\s*\1;$")),
    ("constructors", re.compile(r"^this\(null(?:,\s*null)*\);$")),  # the CDI proxy's constructor
    ("type heads", re.compile(rf"^(?:{ANNOTATION}\s+)*{MODS}(?:class|interface|enum|@interface)\s+{NAME}"
                              rf"(?:<[\w.,<>?\[\] ]*>)?(?:\s+(?:extends|implements)\s+[\w.,<>?\[\] ]+)*\s*\{{$")),
    ("constructors", re.compile(rf"^super\((?:(?:{NAME}|{LITERAL})(?:,\s*(?:{NAME}|{LITERAL}))*)?\);$")),
    # A method that only hands its parameters on: its head, and a body of one `return call(...)` whose
    # arguments are the parameters, literals and class literals (a repository's named query, a resource's
    # read-back after a command). Like a getter it holds no logic; a qualified constant or any
    # expression as an argument makes the line count.
    ("delegations", re.compile(rf"^(?:{ANNOTATION}\s+)*{MODS}(?:<[\w, ]+>\s+)?{TYPE}\s+{NAME}"
                               rf"\((?:{PARAM}(?:,\s*{PARAM})*)?\)(?:\s+throws\s+[\w., ]+)?\s*\{{$")),
    ("delegations", re.compile(rf"^return\s+(?:{NAME}\.)*{NAME}\((?:{ARG}(?:,\s*{ARG})*)?\);$")),
]
ORDER = ["delegations", "constructors", "accessors", "fields", "type heads", "annotations", "braces"]


def read_lines(line):
    """The line as `duplicates` reads it, or '' where it passes the line over."""
    s = " ".join(line.split())
    if not 3 <= len(s) <= 2000 or NO_SUBSTANCE.fullmatch(s):
        return ""
    if (s.startswith(ASIDE) and not s.startswith("*/")) or HEADER_LINE.match(s):
        return ""
    return s


def rule_of(line):
    """The boilerplate rule a line matches, or None where it is logic."""
    for name, pattern in RULES:
        if pattern.match(line):
            return name
    return None


def side(root, name, first, last, cache):
    """The rules met by the read lines of one side, and its logic lines."""
    if name not in cache:
        try:
            with open(os.path.join(root, name), encoding="utf-8", errors="replace") as f:
                cache[name] = f.read().splitlines()
        except OSError:
            cache[name] = None
    text = cache[name]
    if text is None:
        return None, ["(file not read)"]
    inside = annotation_lines(name, text, cache)
    met, logic = set(), []
    for number in range(first, min(last, len(text)) + 1):
        s = read_lines(text[number - 1])
        if s:
            rule = "annotations" if number in inside else rule_of(s)
            (met.add(rule) if rule else logic.append(s))
    return met, logic


def annotation_lines(name, text, cache):
    """The numbers of the lines of annotations that span several lines (`@Operation(summary = ...,`
    and the lines up to its closing parenthesis), found by reading the file from its top."""
    key = ("annotations", name)
    if key not in cache:
        inside, depth = set(), 0
        for number, line in enumerate(text, 1):
            s = line.strip()
            if depth == 0:
                opened = paren_balance(s) if re.match(r"^@[\w.]+\(", s) else 0
                if opened > 0:  # one closed on its line is left to the rules
                    inside.add(number)
                    depth = opened
                continue
            inside.add(number)
            depth = max(depth + paren_balance(s), 0)
        cache[key] = inside
    return cache[key]


def paren_balance(line):
    """Opened minus closed parentheses outside strings."""
    line = re.sub(r'"(?:[^"\\]|\\.)*"', '""', line)
    return line.count("(") - line.count(")")


def load_tool():
    """The command's own code, as a namespace, from its zip (see the docstring)."""
    with open(TOOL, "rb") as f:
        blob = f.read()
    with zipfile.ZipFile(TOOL) as z:
        source = z.read("__main__.py")
    ns = {"__name__": "duplicates_in_process", "__file__": TOOL}
    exec(compile(source, TOOL + "/__main__.py", "exec"), ns)
    assert blob and callable(ns.get("main")) and callable(ns.get("whole"))
    return ns


def run_cli(root, most=CAP):
    out = subprocess.run([TOOL, "--repo", root, "--most", str(most), *WORDS],
                         capture_output=True, text=True, check=False).stdout
    return out.splitlines()


def all_rows_in_process(root):
    """Every row, the cap of 200 lifted; checked against what the command prints."""
    printed = run_cli(root)
    ns = load_tool()
    given = ns["whole"]
    ns["whole"] = lambda word, low, high, flag: (
        int(word) if flag == "--most" else given(word, low, high, flag))
    total = int(HEADER.match(printed[0]).group(1)) if HEADER.match(printed[0]) else 0
    lines = ns["main"](["--repo", root, "--most", str(max(total, 1)), *WORDS])
    rows = [l for l in lines if ROW.match(l)]
    shown = [l for l in printed if ROW.match(l)]
    if lines[0] != printed[0] or rows[: len(shown)] != shown or len(rows) != total:
        raise RuntimeError("the in-process rows differ from the command's")
    return lines[0], rows, [l for l in lines if l.startswith(("left out:", "incomplete:"))]


def all_rows_per_subtree(root, prefix=""):
    """Fallback: the command per sub-folder until each has at most 200 pairs (a lower bound)."""
    printed = run_cli(root)
    rows = [l for l in printed if ROW.match(l)]
    notes = [l for l in printed if l.startswith(("left out:", "incomplete:"))]
    if not any(l.startswith("(+") for l in printed):
        fixed = []
        for l in rows:
            m = ROW.match(l)
            fixed.append(f"D0 {prefix}{m.group(1)}:{m.group(2)}-{m.group(3)} ~ "
                         f"{prefix}{m.group(4)}:{m.group(5)}-{m.group(6)}{m.group(7)}")
        return fixed, notes
    out, notes = [], []  # the leaves' notes only
    for child in sorted(os.listdir(root)):
        path = os.path.join(root, child)
        if os.path.isdir(path) and not child.startswith("."):
            got, more = all_rows_per_subtree(path, prefix + child + "/")
            out += got
            notes += more
    return out, notes


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    root = args[0] if args else "src/main/java"
    strict, listing = "--strict" in argv, "--list" in argv
    how = "in-process, every row"
    try:
        header, rows, notes = all_rows_in_process(root)
    except Exception as e:  # the command changed: say so and fall back
        print(f"note: cannot lift the 200-row cap ({type(e).__name__}: {e});"
              " counting per sub-tree, pairs across sub-trees are not seen", file=sys.stderr)
        how = "per sub-tree, a lower bound"
        rows, notes = all_rows_per_subtree(root)
        header = f"{len(rows)} pairs of places (summed per sub-tree)"
    cache, excluded, counted = {}, {c: 0 for c in ["marked by duplicates", *ORDER]}, []
    for row in rows:
        m = ROW.match(row)
        fa, a1, a2, fb, b1, b2, words = m.group(1), *map(int, m.group(2, 3)), m.group(4), *map(int, m.group(5, 6)), m.group(7)
        met_a, logic_a = side(root, fa, a1, a2, cache)
        met_b, logic_b = side(root, fb, b1, b2, cache)
        if "boilerplate" in words.split() and not strict:
            excluded["marked by duplicates"] += 1
        elif not logic_a and not logic_b:
            met = (met_a or set()) | (met_b or set())
            excluded[next((c for c in ORDER if c in met), "braces")] += 1
        else:
            counted.append((row, (logic_a or logic_b)[0]))
    print(f"duplicates --repo {root} {' '.join(WORDS)} ({how})")
    print(f"  {header}")
    for note in notes:
        print(f"  {note}")
    print(f"raw pairs: {len(rows)}")
    for category, n in excluded.items():
        print(f"  boilerplate, {category}: {n}")
    print(f"beyond boilerplate{' (strict)' if strict else ''}: {len(counted)}")
    shape_only = sum(1 for row, _ in counted if " shape" in row)
    print(f"  of which identical to the letter in at least one run: {len(counted) - shape_only},"
          f" alike in shape only (other names, strings, numbers): {shape_only}")
    if listing or len(counted) <= CAP:
        for row, first_logic in counted:
            print(f"  {row.split(' ', 1)[1]}   | {first_logic[:80]}")


if __name__ == "__main__":
    main(sys.argv[1:])
