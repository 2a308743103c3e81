"""TempEval-3 evaluation: reading TimeML, the fixed split, scoring that agrees with timexscore.py, TimeML output."""
from __future__ import annotations

import importlib.util
import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from timeline.temporal import tag
from timeline.temporal.evaluate import predict, read_timeml, read_timeml_dir, score, split, to_timeml

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
TIMEBANK = SHARED / "data" / "timebank"
SCORER = SHARED / "tools" / "timexscore.py"


def test_timeml_round_trip(tmp_path):
    text = "Biden will speak on Thursday, about fifty minutes after 3:35 p.m. & more."
    out = to_timeml(text, tag(text, "2021-12-29"), "2021-12-29")
    f = tmp_path / "doc.tml"
    f.write_text(out)
    doc = read_timeml(f)
    assert doc.text == text and doc.dct == "2021-12-29"
    assert [(g["text"], g["value"]) for g in doc.timexes] == [("Thursday", "2021-12-30"),
                                                             ("about fifty minutes", "PT50M"),
                                                             ("3:35 p.m.", "2021-12-30T15:35")]
    assert ET.fromstring(out).find(".//TIMEX3[@value='PT50M']").get("mod") == "APPROX"


def test_split_is_fixed_and_disjoint():
    names = [f"d{i:03d}.tml" for i in range(20)]
    dev, held = split(reversed(names))
    assert held == ["d004.tml", "d009.tml", "d014.tml", "d019.tml"]
    assert set(dev) | set(held) == set(names) and not set(dev) & set(held)


def test_scores_a_perfect_and_an_empty_prediction():
    gold = {"a": [{"start": 0, "end": 4, "type": "DATE", "value": "2014"}]}
    assert score(gold, gold).value_f1 == 1.0
    assert score(gold, {}).relaxed == (0.0, 0.0, 0.0)


@pytest.mark.skipif(not (TIMEBANK.exists() and SCORER.exists()), reason="../shared TempEval-3 data not present")
def test_agrees_with_timexscore(tmp_path):
    spec = importlib.util.spec_from_file_location("timexscore", SCORER)
    ref = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(ref)
    docs = list(read_timeml_dir(TIMEBANK / "AQUAINT"))[:25]
    pred = predict(docs)
    gold = {"docs": {d.name: {"dct": d.dct, "timex": list(d.timexes)} for d in docs}}
    theirs = ref.score(gold, pred)
    ours = score({d.name: list(d.timexes) for d in docs}, pred)
    assert ours.relaxed == pytest.approx(theirs["relaxed"])
    assert ours.strict == pytest.approx(theirs["strict"])
    assert ours.value_f1 == pytest.approx(theirs["value_f1"])
    # and through the scorer's own file reading
    f = tmp_path / "pred.jsonl"
    f.write_text("".join(json.dumps({"source": n, **p}) + "\n" for n, ps in pred.items() for p in ps))
    loaded = ref.score(gold, ref.load_pred(f, list(gold["docs"])))
    assert ours.value_f1 == pytest.approx(loaded["value_f1"])


# The quality floor: TempEval-3 scores on the development part of TimeBank + AQUAINT. Raise these when the
# tagger improves; lowering one is a decision to write in the commit message, never a side effect.
FLOOR = {"relaxed": 0.94, "strict": 0.87, "value": 0.82}


@pytest.mark.skipif(not TIMEBANK.is_dir(), reason="../shared/data/timebank is not beside the project")
def test_quality_floor_on_the_development_documents():
    from timeline.temporal.evaluate import evaluate_dir

    s = evaluate_dir(TIMEBANK, "dev")["ALL"]
    assert s.relaxed[2] >= FLOOR["relaxed"] and s.strict[2] >= FLOOR["strict"] and s.value_f1 >= FLOOR["value"]


# Present-day news (tests/fixtures/news_tml/README.md): value F1 and relaxed span F1 must stay where they are.
# Levels measured: dev value 0.912 and relaxed 0.981, held-out value 0.904 and relaxed 0.985 (the articles added
# later, in more forms and varieties of English, are harder than the first ones); with the 180 articles of hand sets
# 23-25 added to dev, dev value 0.927 and relaxed 0.983; with the 120 of sets 26-27, dev value 0.922 and relaxed
# 0.982, held-out value 0.925 and relaxed 0.988; with the 60 of sets 28, dev value 0.921 and relaxed 0.982;
# with the 60 of sets 29, dev value 0.921 and relaxed 0.982; with the 60 of sets 30, dev value 0.922 and relaxed
# 0.982. The floors leave a little room.
NEWS = Path(__file__).resolve().parent / "fixtures" / "news_tml"


@pytest.mark.parametrize("part,value_floor,relaxed_floor", [("dev", 0.90, 0.97), ("heldout", 0.85, 0.95)])
def test_present_day_news(part, value_floor, relaxed_floor):
    from timeline.temporal.evaluate import evaluate_dir

    scores = evaluate_dir(NEWS / part)["ALL"]
    assert scores.core == {"dev": 41573, "heldout": 8133}[part]
    assert scores.value_f1 >= value_floor, f"value F1 {scores.value_f1:.3f} on {part}"
    assert scores.relaxed[2] >= relaxed_floor, f"relaxed span F1 {scores.relaxed[2]:.3f} on {part}"
