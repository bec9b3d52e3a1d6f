#!/usr/bin/env python3
"""Check that every bundled scenario is a well-formed lesson.

    check_lessons.py [SCENARIO_DIR]     (default: the repository's scenarios/)

For every scenarios/*.py except the CPython shim interleave.py:
  - it parses as Python 3 and starts with a docstring;
  - the docstring's first line is a title; the English part (before a line `---zh---`) has
    "What to look for" and "Try this" sections and no Chinese; the part after `---zh---` is
    Chinese, with its own title and the sections "看点" and "试一试";
  - every `# @param` line reads `NAME = number  # @param lo..hi` at the top level, with
    lo < hi, lo <= value <= hi, and integer bounds for an integer value;
  - it imports only the modules of DESIGN §2; `# needs: MODULE` names greenlet or gevent and
    is present exactly when the scenario imports one of them; `# expect:` only says deadlock;
  - the code after the docstring is short (at most 90 lines);
  - scenarios/README.md mentions it.
Prints one line per problem and exits 1 if there is any, else prints a summary and exits 0.
"""
import ast
import os
import re
import sys

ALLOWED_MODULES = {
    "multiprocessing", "threading", "queue", "concurrent", "asyncio", "greenlet", "gevent",
    "time", "os", "random", "subprocess", "interleave",
}
OPTIONAL_MODULES = {"greenlet", "gevent"}
MAX_CODE_LINES = 90
CJK = re.compile(r"[\u4e00-\u9fff]")
PARAM = re.compile(
    r"^(?P<name>[A-Z][A-Z0-9_]*) = (?P<value>-?\d+(?:\.\d+)?)\s+"
    r"# @param (?P<lo>-?\d+(?:\.\d+)?)\.\.(?P<hi>-?\d+(?:\.\d+)?)\s*$")
DIRECTIVE = re.compile(r"^# (expect|needs):\s*(.*?)\s*$")


def number(text):
    return float(text) if "." in text else int(text)


def check_docstring(doc, problem):
    if doc is None:
        problem("no module docstring")
        return
    lines = doc.split("\n")
    if not lines[0].strip() or lines[0] != lines[0].strip():
        problem("the docstring's first line must be the title (no leading blank)")
    if len(lines) < 2 or lines[1].strip():
        problem("the title must be followed by an empty line")
    markers = [i for i, line in enumerate(lines) if line.strip() == "---zh---"]
    if len(markers) != 1:
        problem(f"expected exactly one `---zh---` line, found {len(markers)}")
        return
    english = "\n".join(lines[:markers[0]])
    chinese = "\n".join(lines[markers[0] + 1:])
    if CJK.search(english):
        problem("the English part contains Chinese characters")
    for heading in ("What to look for:", "Try this:"):
        if heading not in english:
            problem(f"the English part has no '{heading}' section")
    zh_lines = [line for line in chinese.split("\n") if line.strip()]
    if not zh_lines or not CJK.search(zh_lines[0]):
        problem("the Chinese part must start with a Chinese title")
    if len(CJK.findall(chinese)) < 100:
        problem("the Chinese part is too short to be the whole lesson")
    for heading in ("看点：", "试一试："):
        if heading not in chinese:
            problem(f"the Chinese part has no '{heading}' section")
    # Both halves have the same number of "Try" items.
    def items_after(text, heading):
        if heading not in text:
            return 0
        return sum(1 for line in text.split(heading, 1)[1].split("\n") if line.startswith("- "))
    en_tries, zh_tries = items_after(english, "Try this:"), items_after(chinese, "试一试：")
    if not 2 <= en_tries <= 4:
        problem(f"'Try this' should have 2-4 items, has {en_tries}")
    if en_tries != zh_tries:
        problem(f"'Try this' has {en_tries} items but '试一试' has {zh_tries}")


def check_params(source_lines, top_level_names, problem):
    count = 0
    for number_, line in enumerate(source_lines, 1):
        if "@param" not in line:
            continue
        if line.lstrip().startswith(("-", "#")) or '"""' in line:
            continue
        count += 1
        m = PARAM.match(line)
        if not m:
            problem(f"line {number_}: malformed @param line: {line.strip()}")
            continue
        value, lo, hi = number(m["value"]), number(m["lo"]), number(m["hi"])
        if isinstance(value, int) and not (isinstance(lo, int) and isinstance(hi, int)):
            problem(f"line {number_}: integer {m['name']} needs integer bounds")
        if not lo < hi:
            problem(f"line {number_}: {m['name']}: range {lo}..{hi} is empty")
        if not lo <= value <= hi:
            problem(f"line {number_}: {m['name']} = {value} is outside {lo}..{hi}")
        if m["name"] not in top_level_names:
            problem(f"line {number_}: {m['name']} is not a top-level assignment")
    return count


def check_file(path, readme_text):
    problems = []

    def problem(message):
        problems.append(f"{os.path.basename(path)}: {message}")

    with open(path, encoding="utf-8") as f:
        source = f.read()
    try:
        tree = ast.parse(source, filename=path)
    except SyntaxError as error:
        problem(f"does not parse: {error}")
        return problems, 0
    check_docstring(ast.get_docstring(tree, clean=False), problem)

    lines = source.split("\n")
    doc_end = tree.body[0].end_lineno if tree.body and isinstance(tree.body[0], ast.Expr) else 0
    code_lines = [line for line in lines[doc_end:] if line.strip()]
    if len(code_lines) > MAX_CODE_LINES:
        problem(f"{len(code_lines)} non-empty code lines after the docstring "
                f"(at most {MAX_CODE_LINES}: keep scenarios short)")

    top_level = set()
    for node in tree.body:
        if isinstance(node, ast.Assign):
            top_level.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.If):       # PARAMs may sit before an `if` at the top
            pass
    params = check_params(lines, top_level, problem)

    imported = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            imported.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level or not node.module:
                problem(f"line {node.lineno}: relative import")
            else:
                imported.add(node.module.split(".")[0])
    for module in sorted(imported - ALLOWED_MODULES):
        problem(f"imports '{module}', which is not in the subset (DESIGN §2)")

    needs, expects = set(), set()
    for number_, line in enumerate(lines[doc_end:], doc_end + 1):
        m = DIRECTIVE.match(line)
        if not m:
            continue
        if number_ > doc_end + 3:
            problem(f"line {number_}: `# {m[1]}:` must come right after the docstring")
        if m[1] == "needs":
            needs.add(m[2])
            if m[2] not in OPTIONAL_MODULES:
                problem(f"line {number_}: `# needs: {m[2]}`: only {sorted(OPTIONAL_MODULES)}")
        else:
            expects.add(m[2])
            if m[2] != "deadlock":
                problem(f"line {number_}: `# expect: {m[2]}`: the only expectation is deadlock")
    for module in sorted((imported & OPTIONAL_MODULES) - needs):
        problem(f"imports {module} but has no `# needs: {module}` line")
    for module in sorted(needs - imported):
        problem(f"says `# needs: {module}` but does not import it")

    if os.path.basename(path) not in readme_text:
        problem("is not listed in scenarios/README.md")
    return problems, params


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    folder = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "..", "..", "scenarios")
    folder = os.path.normpath(folder)
    readme_path = os.path.join(folder, "README.md")
    readme = open(readme_path, encoding="utf-8").read() if os.path.exists(readme_path) else ""
    if not readme:
        print(f"check_lessons: {readme_path} is missing")
    files = sorted(name for name in os.listdir(folder)
                   if name.endswith(".py") and name != "interleave.py")
    if not files:
        print(f"check_lessons: no scenarios in {folder}")
        return 1
    all_problems, params = [], 0
    for name in files:
        problems, count = check_file(os.path.join(folder, name), readme)
        all_problems += problems
        params += count
    for line in all_problems:
        print(line)
    if all_problems or not readme:
        print(f"check_lessons: {len(all_problems)} problem(s) in {len(files)} scenarios")
        return 1
    print(f"check_lessons: {len(files)} scenarios well formed ({params} @param lines)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
