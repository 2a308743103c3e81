"""The tagger compiled with mypyc (timeline/native.py): the same output as its source, and used only while it is
built from the sources as they are."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from timeline import native

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures" / "news_tml"
compiled = pytest.mark.skipif(native.in_use() != "compiled",
                              reason="the tagger is not compiled here (make builds it: python -m timeline.native)")


def _which(cwd: Path, **env: str) -> str:
    """native.in_use() in a new interpreter run in `cwd`, as an import of timeline from there finds it."""
    run = subprocess.run([sys.executable, "-c", "from timeline import native; print(native.in_use())"], cwd=cwd,
                         env={**os.environ, "PYTHONPATH": str(cwd), **env}, capture_output=True, text=True, check=True)
    return run.stdout.strip()


TAG_ALL = """
import dataclasses, sys
from timeline import native
from timeline.temporal import tag
from timeline.temporal.evaluate import read_timeml_dir
print(native.in_use())
for doc in read_timeml_dir(sys.argv[1]):
    for dct in (doc.dct, None):
        out = tag(doc.text, dct)
        print(doc.name, dct, len(out), [dataclasses.astuple(t) for t in out])
"""


@compiled
def test_compiled_tagger_gives_what_its_source_gives():
    """Every expression, with its offsets, value, mod and how it was resolved, on the 600 news articles of the
    fixtures, and on each of them again without its DCT: the compiled modules are the source's code."""
    runs = {}
    for env in ("1", "0"):
        run = subprocess.run([sys.executable, "-c", TAG_ALL, str(FIXTURES)], cwd=ROOT, capture_output=True,
                             text=True, check=True, env={**os.environ, "TIMELINE_NATIVE": env})
        runs[env] = run.stdout.splitlines()
    assert runs["1"][0] == "compiled" and runs["0"][0] == "source"
    assert len(runs["1"]) > 1000 and sum(int(line.split()[2]) for line in runs["1"][1:]) > 20000
    for ours, theirs in zip(runs["1"][1:], runs["0"][1:]):
        assert ours == theirs
    assert len(runs["1"]) == len(runs["0"])


@compiled
def test_compiled_tagger_is_used_only_while_it_is_up_to_date(tmp_path):
    """A copy of the package with its compiled modules runs them; once a source of theirs is edited, or with
    TIMELINE_NATIVE=0, it runs the sources instead (a stale build never runs)."""
    shutil.copytree(ROOT / "timeline", tmp_path / "timeline", ignore=shutil.ignore_patterns("__pycache__"))
    assert _which(tmp_path) == "compiled"
    assert _which(tmp_path, TIMELINE_NATIVE="0") == "source"
    lexicon = tmp_path / "timeline" / "temporal" / "lexicon.py"
    lexicon.write_text(lexicon.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    assert _which(tmp_path) == "source"


def test_the_source_runs_where_nothing_is_compiled(tmp_path):
    """Without a build (no C compiler, or mypyc missing) the package runs from its source, and tags."""
    shutil.copytree(ROOT / "timeline", tmp_path / "timeline",
                    ignore=shutil.ignore_patterns("__pycache__", "*.so", "*.pyd", "native.stamp"))
    assert _which(tmp_path) == "source"
    run = subprocess.run([sys.executable, "-c", "from timeline.temporal import tag; "
                          "print([t.value for t in tag('It fell on Thursday.', '2024-03-15')])"],
                         cwd=tmp_path, env={**os.environ, "PYTHONPATH": str(tmp_path)}, capture_output=True,
                         text=True, check=True)
    assert run.stdout.strip() == "['2024-03-14']"


# The types whose values mypyc checks where compiled code assigns one (builtins it unboxes or tests for, and the
# compiled modules' own classes); any other (a date, a match) it holds as a plain object and never checks.
CHECKED_TYPES = {"str", "int", "bool", "float", "bytes", "tuple", "list", "dict", "set", "frozenset"}


def _union_items(type_text: str) -> list[str]:
    """The members of a union as mypy writes it ("tuple[int, str] | None"), split only outside brackets."""
    items, depth, start = [], 0, 0
    for i, c in enumerate(type_text):
        depth += (c == "[") - (c == "]")
        if depth == 0 and type_text.startswith(" | ", i):
            items.append(type_text[start:i])
            start = i + 3
    return items + [type_text[start:]]


def test_compiled_code_never_assigns_a_variable_a_value_of_another_type(tmp_path):
    """mypyc gives a variable of compiled code the type of its first assignment and checks every later value against
    it: a name reused for another kind of value ("said" a pair, later None; "hour" a group's name, later a number)
    raises TypeError in the compiled tagger alone, and only on the text that takes that branch. mypy finds them (the
    build does not make its errors fatal: pyproject.toml), as mypyc reads the sources (untyped functions unchecked)."""
    api = pytest.importorskip("mypy.api", reason="mypy compiles the tagger; make installs it")
    import ast
    modules = [(ROOT / "timeline" / "temporal" / f"{name}.py").resolve() for name in native.MODULES]
    classes = {node.name for path in modules for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
               if isinstance(node, ast.ClassDef)}
    config = tmp_path / "mypy.ini"  # (pyproject.toml's, without ignore_errors)
    config.write_text("[mypy]\nignore_missing_imports = True\n", encoding="utf-8")
    out, err, status = api.run(["--config-file", str(config), "--cache-dir", str(tmp_path / "cache"),
                         "--no-error-summary", "--show-error-codes", *map(str, modules)])
    assert status in (0, 1) and not err, err  # (1: errors found, most of them none of this test's business)
    clashes = []
    for line in out.splitlines():
        if not line.endswith("[assignment]") or Path(line.split(":", 1)[0]).resolve() not in modules \
                or "Incompatible types in assignment" not in line:
            continue
        variable = line.split('variable has type "', 1)[1].rsplit('")', 1)[0]
        kinds = [item.split("[", 1)[0] for item in _union_items(variable) if item != "None"]
        if kinds and all(kind in CHECKED_TYPES or kind in classes for kind in kinds):
            clashes.append(line)
    assert not clashes, "\n".join(clashes)
    assert _union_items("tuple[int, str | None] | None") == ["tuple[int, str | None]", "None"]
