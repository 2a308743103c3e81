"""Build time and page weight of the site for a large synthetic corpus (5,000 events by default).

usage: python benchmarks/site_bench.py [--events 5000] [--per-article 4] [--pipeline] [--keep DIR]

Generates small Markdown articles, each reporting a few happenings on explicit, varied dates (seeded: every run
makes the same corpus). By default the events are built straight from what was generated (exact offsets, one
event per dated sentence), so the number measures the site: rendering, mkdocs and the pages it writes. With
--pipeline the articles are written to disk and go through the whole pipeline (read, tag, link) first.
Reports the time of each stage and the weight of the home page, the largest timeline page and the search index;
the timeline is paged by year (or month), so the home page must stay light however many events there are.
"""
from __future__ import annotations

import argparse
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PLACES = ["Avonford", "Brisk", "Caldera", "Dunmore", "Elsby", "Fenwick", "Garrow", "Holt", "Ivel", "Jarrow",
          "Kestle", "Lanmouth", "Merrow", "Norsey", "Oakham", "Pellow", "Quarry Bay", "Rushden", "Selby", "Tarn"]
BODIES = ["city council", "port authority", "school board", "water company", "rail operator", "hospital trust",
          "farmers' union", "football club", "museum", "chamber of commerce", "fire brigade", "university"]
ACTIONS = ["approved a new budget for", "opened an inquiry into", "signed a contract for", "announced plans for",
           "rejected a proposal for", "held a public meeting about", "published a report on", "voted against",
           "raised funds for", "postponed work on", "launched a campaign for", "settled a dispute over"]
THINGS = ["the harbour wall", "a cycle path", "the old library", "flood defences", "a wind farm", "the market hall",
          "school meals", "bus routes", "the river bridge", "a housing estate", "street lighting", "the town square"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def generate(events: int, per_article: int, seed: int = 5000) -> list[dict]:
    """Articles as {"id", "title", "outlet", "published", "text", "dates": [(start, end, value)]}."""
    rng = random.Random(seed)
    articles = []
    for i in range(-(-events // per_article)):
        published = f"{2000 + rng.randrange(25)}-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}"
        text, spans = "", []
        for j in range(per_article):
            y, m, d = 2000 + rng.randrange(25), rng.randrange(12), rng.randrange(1, 29)
            phrase = f"{d} {MONTHS[m]} {y}"
            if text:
                text += "\n\n"
            spans.append((len(text) + 3, len(text) + 3 + len(phrase), f"{y}-{m + 1:02d}-{d:02d}"))
            text += (f"On {phrase}, the {rng.choice(BODIES)} of {rng.choice(PLACES)} {rng.choice(ACTIONS)} "
                     f"{rng.choice(THINGS)} near {rng.choice(PLACES)} (item {i}-{j}).")
        articles.append({"id": f"a{i:05d}", "title": f"News from {rng.choice(PLACES)}, article {i}",
                         "outlet": f"{rng.choice(PLACES)} Gazette", "published": published, "text": text,
                         "dates": spans})
    return articles


def write_articles(folder: Path, articles: list[dict]) -> None:
    """The articles as content/sources/*.md with front matter."""
    sources = folder / "sources"
    sources.mkdir(parents=True)
    for a in articles:
        (sources / f"{a['id']}.md").write_text(
            f"---\ntitle: {a['title']}\noutlet: {a['outlet']}\npublished: {a['published']}\n---\n{a['text']}\n",
            encoding="utf-8")


def corpus_of(articles: list[dict]):
    """A Corpus with one event per dated sentence, in date order, as the pipeline would give it."""
    from timeline import dates
    from timeline.model import FROM_FRONT_MATTER, Corpus, Event, Mention, Source, Timex

    corpus = Corpus()
    for a in articles:
        corpus.sources.append(Source(a["id"], f"content/sources/{a['id']}.md", a["text"], a["title"],
                                     outlet=a["outlet"], published=a["published"], published_from=FROM_FRONT_MATTER))
        timexes = corpus.timexes.setdefault(a["id"], [])
        for start, end, value in a["dates"]:
            t = Timex(start, end, a["text"][start:end], "DATE", value, rule="day-month-year")
            timexes.append(t)
            s = a["text"].rfind("\n", 0, start) + 1
            e = a["text"].find(".", end) + 1
            sentence = a["text"][s:e]
            m = Mention(f"{a['id']}:{start}", a["id"], t, s, e, s, e, sentence, sentence[len("On ") + len(t.text) + 2:])
            corpus.mention_count += 1
            corpus.events.append(Event(f"{value}-{a['id']}-{start}", value, None, m.title, (m,)))
    corpus.events.sort(key=lambda e: (dates.sort_key(e.date), e.id))
    try:
        from timeline.graph import build_graph

        corpus.graph = build_graph(corpus.events, corpus.sources)  # the exports read it
    except (ImportError, TypeError):
        pass
    return corpus


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, default=5000)
    ap.add_argument("--per-article", type=int, default=4)
    ap.add_argument("--pipeline", action="store_true", help="gather the events with the real pipeline")
    ap.add_argument("--keep", type=Path, help="build into this folder and keep it (default: a temp dir)")
    args = ap.parse_args()

    from timeline.model import Settings
    from timeline.pipeline import gather
    from timeline.site.build import build_site

    work = Path(tempfile.mkdtemp(prefix="site-bench-"))
    try:
        content, out = work / "content", (args.keep or work / "site")
        articles = generate(args.events, args.per_article)
        write_articles(content, articles)
        t0 = time.perf_counter()
        corpus = gather(Settings(content_dir=content)) if args.pipeline else corpus_of(articles)
        t1 = time.perf_counter()
        build_site(Settings(content_dir=content, out_dir=out), corpus=corpus)
        t2 = time.perf_counter()
        events = [e for e in corpus.events if not e.hidden]
        timeline_pages = [out / "index.html", *sorted((out / "years").glob("*.html"))]
        largest = max(timeline_pages, key=lambda p: p.stat().st_size)
        index = out / "search" / "search_index.json"
        print(f"corpus:          {len(articles)} articles, {len(events)} events")
        if args.pipeline:
            print(f"pipeline:        {t1 - t0:7.1f} s (read, tag, link)")
        print(f"site build:      {t2 - t1:7.1f} s (render + mkdocs, {sum(1 for _ in out.rglob('*.html'))} pages)")
        listed = (out / "index.html").read_text(encoding="utf-8").count('<li class="tl-event')
        print(f"home page:       {(out / 'index.html').stat().st_size / 1024:7.1f} KiB ({listed} events listed)")
        print(f"largest period:  {largest.stat().st_size / 1024:7.1f} KiB ({largest.relative_to(out)})")
        print(f"timeline pages:  {len(timeline_pages)}")
        print(f"search index:    {index.stat().st_size / 1024:7.1f} KiB")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
