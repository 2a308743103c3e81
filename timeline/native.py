"""The tagger's hot path compiled with mypyc, and the choice, at import, between it and the source.

`make site`, `make test` and `make bench` run `python -m timeline.native`, which compiles the tagger's modules
(MODULES) to C extensions beside their sources and then writes a stamp: the hash of the sources they were
compiled from. Python imports an extension before a source of the same name, so `timeline.temporal` calls
`choose()` before it imports the tagger: where the stamp is missing or no longer matches the sources (a source
edited since the build, or a build cut short), or TIMELINE_NATIVE=0 is set, the modules are loaded from their
sources instead. The compiled modules are the same code as the sources, and give the same output
(tests/test_native.py); without a C compiler, or without mypyc, the build says so and the source runs, only slower.

The module constants of the compiled modules are marked Final: compiled code reads such a name from a C static, in
its own module or another compiled one ("lx.WORD_TRIGGER"), where it would otherwise look it up in the module's
dictionary at every use (about 2.5% of the tagger's instructions). (Tests that replace a module's globals run it
from its source: from_source.)
"""
from __future__ import annotations

import hashlib
import importlib.util
import os
import sys
import time
import warnings
from pathlib import Path

PACKAGE = "timeline.temporal"
DIRECTORY = Path(__file__).resolve().parent / "temporal"
MODULES = ("lexicon", "heads", "tense", "tagger")  # in the order they import each other
STAMP = DIRECTORY / "native.stamp"
GROUP = "timeline.temporal.native"  # the compiled modules' shared library
OFF = "TIMELINE_NATIVE"  # "0": use the sources even where the compiled modules are up to date


def source_hash() -> str:
    """The hash of the sources the compiled modules are built from, as the stamp records it."""
    h = hashlib.sha256()
    for name in MODULES:
        h.update(name.encode() + b"\0" + (DIRECTORY / f"{name}.py").read_bytes() + b"\0")
    return h.hexdigest()


def compiled_files() -> list[Path]:
    """The compiled modules and their shared library, as built here."""
    return sorted(p for p in DIRECTORY.iterdir() if p.suffix in (".so", ".pyd"))


def up_to_date() -> bool:
    """Whether the compiled modules were built from the sources as they are now."""
    try:
        return STAMP.read_text(encoding="ascii").strip() == source_hash()
    except OSError:
        return False


def choose() -> None:
    """Before the tagger is imported: load its modules from their sources where the compiled ones must not run."""
    if os.environ.get(OFF) != "0" and (not compiled_files() or up_to_date()):
        return  # the compiled modules (or, with none built, the sources, as Python finds them)
    for name in MODULES:
        full = f"{PACKAGE}.{name}"
        if full in sys.modules:
            continue
        spec = importlib.util.spec_from_file_location(full, DIRECTORY / f"{name}.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[full] = module
        try:
            spec.loader.exec_module(module)
        except BaseException:
            del sys.modules[full]
            raise
        setattr(sys.modules[PACKAGE], name, module)


def from_source(name: str):
    """A fresh module of the tagger's `name` ("tagger", "tense", "heads") run from its source, beside the one
    imported, whichever that is: to compare them, and for tests that replace a module's globals (compiled code
    reads its own)."""
    full = f"{PACKAGE}._source_{name}"
    spec = importlib.util.spec_from_file_location(full, DIRECTORY / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[full] = module  # (dataclasses look their module up there)
    spec.loader.exec_module(module)
    return module


def in_use() -> str:
    """'compiled' or 'source': which the tagger imported here runs."""
    from .temporal import tagger
    return "compiled" if not str(getattr(tagger, "__file__", "")).endswith(".py") else "source"


def build() -> int:
    """Compile the modules in place and stamp them; 0 when built (or already up to date), else 1, having said why
    (the sources then run)."""
    if up_to_date() and compiled_files():
        STAMP.touch()  # (for make, which compares its time with the sources')
        print("timeline.native: the compiled tagger is up to date")
        return 0
    STAMP.unlink(missing_ok=True)  # (a build cut short leaves no stamp, so its modules are not used)
    for p in compiled_files():
        p.unlink()
    try:
        from mypyc.build import mypycify
        from setuptools import setup
    except ImportError as e:
        print(f"timeline.native: mypyc is not installed ({e}); the tagger runs from its source", file=sys.stderr)
        return 1
    stamp = source_hash()
    started = time.monotonic()
    root = DIRECTORY.parent.parent
    cwd = os.getcwd()
    os.chdir(root)  # (mypycify takes paths and setup() writes in place relative to here)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # (setuptools on the project's pyproject.toml, which this build does not use)
            setup(name="timeline-native", packages=[], py_modules=[],
                  ext_modules=mypycify([f"timeline/temporal/{name}.py" for name in MODULES], opt_level="3",
                                       group_name=GROUP),
                  script_args=["--quiet", "build_ext", "--inplace", "--build-temp", "build/native"])
    except (SystemExit, Exception) as e:  # (a compiler missing or failing: setup() exits)
        for p in compiled_files():
            p.unlink()
        print(f"timeline.native: could not compile the tagger ({e}); it runs from its source", file=sys.stderr)
        return 1
    finally:
        os.chdir(cwd)
    if source_hash() != stamp:  # a source edited while it compiled
        print("timeline.native: a source changed during the build; run it again", file=sys.stderr)
        return 1
    STAMP.write_text(stamp + "\n", encoding="ascii")
    print(f"timeline.native: compiled {', '.join(MODULES)} with mypyc in {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(build())
