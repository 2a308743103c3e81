"""TempEval-3 evaluation: read TimeML files, run the tagger, score spans and values, write TimeML.

The scoring follows ../shared/tools/timexscore.py exactly (relaxed = any overlap, strict = same span, value
F1 with precision over the predictions counted by the relaxed measure), so both agree on the same predictions.
The dev / held-out split is fixed: documents sorted by name, every fifth one held out.
"""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator
from xml.sax.saxutils import escape, quoteattr

from ..model import Timex

TYPES = ("DATE", "TIME", "DURATION", "SET")
HELD_OUT_EVERY = 5  # every fifth document (sorted by name) is held out from development


@dataclass(frozen=True)
class GoldDoc:
    """One TimeML document: its plain text, creation time and gold expressions (dicts: start, end, type, value)."""

    name: str
    text: str
    dct: str | None
    timexes: tuple[dict, ...]


@dataclass
class Score:
    """TempEval-3 figures for one set of predictions (overall or one type)."""

    core: int = 0
    relaxed: tuple[float, float, float] = (0.0, 0.0, 0.0)  # precision, recall, F1
    strict: tuple[float, float, float] = (0.0, 0.0, 0.0)
    value_recall: float = 0.0
    value_f1: float = 0.0
    misses: list = field(default_factory=list)  # (doc, text, gold value)
    wrong: list = field(default_factory=list)  # (doc, text, gold value, predicted values)
    false_positives: list = field(default_factory=list)  # (doc, text, predicted value)


def read_timeml(path: Path) -> GoldDoc:
    """One .tml file as tml2gold.py reads it: <TEXT> with every tag stripped; offsets index that text."""
    root = ET.parse(path).getroot()
    dct = next((t.get("value") for t in root.iter("TIMEX3") if t.get("functionInDocument") == "CREATION_TIME"), None)
    buf: list[str] = []
    rows: list[dict] = []
    size = 0

    def add(s: str) -> None:
        nonlocal size
        buf.append(s)
        size += len(s)

    def walk(el) -> None:
        if el.tag == "TIMEX3":
            inner = "".join(el.itertext())
            rows.append({"start": size, "end": size + len(inner), "text": inner, "type": el.get("type"),
                         "value": el.get("value"), "status": "core"})
            add(inner)
            return
        if el.text:
            add(el.text)
        for c in el:
            walk(c)
            if c.tail:
                add(c.tail)

    walk(root.find("TEXT"))
    return GoldDoc(path.stem + ".txt", "".join(buf), dct, tuple(rows))


def read_timeml_dir(folder: Path | str) -> Iterator[GoldDoc]:
    """Every .tml file under a folder (recursively), in name order, one at a time."""
    for f in sorted(Path(folder).rglob("*.tml"), key=lambda p: p.name):
        yield read_timeml(f)


def is_held_out(name: str, names: Iterable[str]) -> bool:
    """True when `name` is in the fixed held-out fifth of `names` (sorted, every fifth one)."""
    return sorted(names).index(name) % HELD_OUT_EVERY == HELD_OUT_EVERY - 1


def split(names: Iterable[str]) -> tuple[list[str], list[str]]:
    """(development, held-out) names: sorted by name, every fifth one held out."""
    ordered = sorted(names)
    held = [n for i, n in enumerate(ordered) if i % HELD_OUT_EVERY == HELD_OUT_EVERY - 1]
    dev = [n for i, n in enumerate(ordered) if i % HELD_OUT_EVERY != HELD_OUT_EVERY - 1]
    return dev, held


def dct_day(dct: str | None) -> str | None:
    """The YYYY-MM-DD part of a creation time value, None when there is none."""
    m = re.match(r"\d{4}-\d\d-\d\d", dct or "")
    return m.group() if m else None


def predict(docs: Iterable[GoldDoc], tagger: Callable[[str, str | None], list[Timex]] | None = None) -> dict[str, list[dict]]:
    """Run the tagger on every document: name -> predictions (start, end, text, type, value, mod)."""
    if tagger is None:
        from .tagger import tag as tagger
    out = {}
    for d in docs:
        out[d.name] = [{"start": t.start, "end": t.end, "text": t.text, "type": t.type, "value": t.value, "mod": t.mod}
                       for t in tagger(d.text, dct_day(d.dct))]
    return out


def value_ok(gold: str | None, pred: str | None) -> bool:
    """Whether a predicted value counts as the gold one (timexscore.py's leniencies for times)."""
    if pred is None or gold is None:
        return gold == pred and pred is not None
    g, p = str(gold).strip(), str(pred).strip()
    if g == p:
        return True
    if re.fullmatch(r"\d{4}-\d\d-\d\d", g) and p in (g + "T00:00:00", g + "T00:00"):
        return True
    if "T" in g and g[:10] == p[:10] and len(p) == 10 and not g[11:12].isdigit():
        return True
    return "T" in g and p.startswith(g)


def _prf(tp: int, fp: int, n: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / n if n else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score(gold: dict[str, list[dict]], pred: dict[str, list[dict]]) -> Score:
    """TempEval-3 relaxed/strict span P/R/F1 and value F1 of predictions against gold, both name -> expressions."""
    tp_r = tp_s = fp_r = fp_s = core = val = 0
    s = Score()

    def ov(a, b):
        return a["start"] < b["end"] and b["start"] < a["end"]

    for name, G in gold.items():
        P = pred.get(name, [])
        core += sum(1 for g in G if g.get("status", "core") == "core")
        for p in P:
            hits = [g for g in G if ov(g, p)]
            if not hits:
                fp_r += 1
                fp_s += 1
                s.false_positives.append((name, p.get("text"), p.get("value")))
            elif any(g.get("status", "core") == "core" for g in hits):
                if not any(g["start"] == p["start"] and g["end"] == p["end"] for g in hits):
                    fp_s += 1
        for g in G:
            if g.get("status", "core") != "core":
                continue
            hits = [p for p in P if ov(g, p)]
            if not hits:
                s.misses.append((name, g.get("text"), g.get("value")))
                continue
            tp_r += 1
            if any(p["start"] == g["start"] and p["end"] == g["end"] for p in hits):
                tp_s += 1
            if any(value_ok(g.get("value"), p.get("value")) for p in hits):
                val += 1
            else:
                s.wrong.append((name, g.get("text"), g.get("value"), [p.get("value") for p in hits]))
    s.core = core
    s.relaxed, s.strict = _prf(tp_r, fp_r, core), _prf(tp_s, fp_s, core)
    s.value_recall = val / core if core else 0.0
    vp = val / (tp_r + fp_r) if tp_r + fp_r else 0.0
    s.value_f1 = 2 * vp * s.value_recall / (vp + s.value_recall) if vp + s.value_recall else 0.0
    return s


def score_by_type(gold: dict[str, list[dict]], pred: dict[str, list[dict]]) -> dict[str, Score]:
    """Scores overall ("ALL") and for each TIMEX3 type (gold and predictions filtered to that type)."""
    out = {"ALL": score(gold, pred)}
    for t in TYPES:
        out[t] = score({n: [g for g in G if g.get("type") == t] for n, G in gold.items()},
                       {n: [p for p in P if p.get("type") == t] for n, P in pred.items()})
    return out


def format_scores(scores: dict[str, Score]) -> str:
    """A table of the figures, one line per type."""
    lines = [f"{'type':9}{'gold':>6}  {'relaxed P/R/F1':>20}  {'strict P/R/F1':>20}  {'value F1':>8}"]
    for t, s in scores.items():
        r, st = s.relaxed, s.strict
        lines.append(f"{t:9}{s.core:6d}  {r[0]:6.3f}/{r[1]:.3f}/{r[2]:.3f}  {st[0]:6.3f}/{st[1]:.3f}/{st[2]:.3f}  {s.value_f1:8.3f}")
    return "\n".join(lines)


def evaluate_dir(folder: Path | str, part: str = "all", tagger=None) -> dict[str, Score]:
    """Tag every TimeML file in a folder and score it; part is "all", "dev" or "heldout"."""
    docs = list(read_timeml_dir(folder))
    if part != "all":
        dev, held = split(d.name for d in docs)
        keep = set(dev if part == "dev" else held)
        docs = [d for d in docs if d.name in keep]
    gold = {d.name: list(d.timexes) for d in docs}
    return score_by_type(gold, predict(docs, tagger))


def to_timeml(text: str, timexes: Iterable[Timex], dct: str | None) -> str:
    """A TimeML document: the DCT as TIMEX3 t0, the text with each expression wrapped in <TIMEX3>."""
    parts = ['<?xml version="1.0" ?>\n<TimeML>\n']
    if dct:
        parts.append(f'<DCT><TIMEX3 tid="t0" type="DATE" value={quoteattr(dct)} temporalFunction="false" '
                     f'functionInDocument="CREATION_TIME">{escape(dct)}</TIMEX3></DCT>\n')
    parts.append("<TEXT>")
    pos = 0
    for i, t in enumerate(sorted(timexes, key=lambda t: t.start), 1):
        if t.start < pos:
            continue  # nested or overlapping expressions cannot be written inline
        mod = f" mod={quoteattr(t.mod)}" if t.mod else ""
        parts.append(escape(text[pos:t.start]))
        parts.append(f'<TIMEX3 tid="t{i}" type={quoteattr(t.type)} value={quoteattr(t.value)}{mod}>'
                     f'{escape(text[t.start:t.end])}</TIMEX3>')
        pos = t.end
    parts.append(escape(text[pos:]) + "</TEXT>\n</TimeML>\n")
    return "".join(parts)


def main(argv: list[str] | None = None) -> None:
    """python -m timeline.temporal.evaluate DIR [all|dev|heldout] [-v]: print the figures (and dev errors with -v)."""
    import sys
    args = sys.argv[1:] if argv is None else argv
    verbose = "-v" in args
    args = [a for a in args if a != "-v"]
    part = args[1] if len(args) > 1 else "all"
    scores = evaluate_dir(args[0], part)
    if verbose and part == "dev":  # never print held-out errors
        s = scores["ALL"]
        for m in s.misses:
            print("MISS", m)
        for w in s.wrong:
            print("WRONG", w)
        for f in s.false_positives:
            print("FP", f)
    print(format_scores(scores))


if __name__ == "__main__":
    main()
