#!/usr/bin/env python3
"""Scores Saga's reading of saved HTML pages against plain trafilatura (evaluation/data/html_pages.md).

usage: html_pages.py PAGES_DIR [-v] [--check] [--lang LANG]

Run from the project's root. Each page NN-name.html has its gold NN-name.gold.json: the
"headline", the "article" paragraphs (plain text, in order), "chrome" snippets (text of the page
that is not the article: menus, banners, credits, related headlines, comments, footers) and
"neutral" lines (the article's own subheadings and fact boxes, scored neither way).

Saga reads each page as `manage.py annotate PAGE --format jsonl` does (called in this process, so
spaCy loads once); a page it refuses (an unsupported language) is listed apart and left out of the
figures. With `--lang LANG` every page is read as `annotate --lang LANG` reads it, a page in another
language too (analysed anyway, with a warning): Saga's reading of the pages it would refuse. The
baseline is plain trafilatura: `trafilatura.extract` with the options of
`annotations.documents._read_html`, whose output is the very text Saga analyses.

Texts are compared with all white space, Markdown's `*` and inline HTML tags ("1<sup>er</sup>")
removed and ’ read as '; the gold paragraphs are cut into sentences by pages.py's plain splitter.
Over the pages Saga read:
- article sentences kept: Saga, sentences found in its claims' text (the claims joined in order);
  trafilatura, sentences found in its output;
- chrome snippets kept out: snippets none of whose sentences (of three words or more) is found there;
- headlines: Saga's title (the annotate output's) equals the gold headline; trafilatura's, the
  title of `trafilatura.extract_metadata`;
and Saga's claims outside the article: claims whose text is in none of the gold headline, article
and neutral lines (chrome the snippets do not name, but also a caption or a forum's reply, unscored).
A sentence Saga misses is trafilatura's loss when trafilatura's output lacks it too, else Saga's
rules dropped it (`-v` names the kinds of the blocks it fell in). `--check` only checks that every
gold string is text of its page and that no chrome snippet is article text, as every run does first.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from io import StringIO
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from pages import SENTENCE_END  # noqa: E402  (the plain splitter of the pages' scorer)

# annotations.documents._read_html's call, option for option.
TRAFILATURA_OPTIONS = {
    "output_format": "markdown",
    "include_formatting": True,
    "include_comments": False,
    "include_images": False,
    "include_links": False,
    "include_tables": True,
}


INLINE_TAG = re.compile(r"</?[A-Za-z][^>\n]*>")  # trafilatura's Markdown keeps some, "1<sup>er</sup>"


def squeeze_map(text: str) -> tuple[str, list[int]]:
    """The text without white space, `*` nor inline HTML tags, ’ read as ', and the offset in `text`
    of each character kept."""
    tags = {offset for match in INLINE_TAG.finditer(text) for offset in range(*match.span())}
    chars, offsets = [], []
    for offset, char in enumerate(text):
        if char.isspace() or char == "*" or offset in tags:
            continue
        chars.append("'" if char in "’‘" else char)
        offsets.append(offset)
    return "".join(chars), offsets


def squeeze(text: str) -> str:
    return squeeze_map(text)[0]


def same_title(found: str | None, gold: str) -> bool:
    return " ".join((found or "").replace("’", "'").split()) == " ".join(gold.replace("’", "'").split())


def sentences(paragraph: str) -> list[str]:
    pieces, begin = [], 0
    for match in SENTENCE_END.finditer(paragraph):
        pieces.append(paragraph[begin : match.start()])
        begin = match.end()
    pieces.append(paragraph[begin:])
    return [piece.strip() for piece in pieces if piece.strip()]


# A footnote's call (a superscript number linking to a note of the page) is no part of its sentence, where
# the page puts it ("des années 1960<sup><a href="#note-1">1</a></sup>."): the gold leaves it out.
FOOTNOTE_CALLS = "//sup[count(*) = 1][a[starts-with(@href, '#')]] | //a[starts-with(@href, '#')][count(*) = 1][sup]"
FOOTNOTE_CALL_TEXT = re.compile(r"^\s*\[?\d{1,3}\]?\s*$")


def visible_text(html: str) -> str:
    """The text a reader of the page can select, footnote calls aside: every text node outside scripts and
    styles, and a JSON-LD `articleBody`. The page is read as the UTF-8 it is saved in, whatever charset its `<meta>` declares (a page
    saved as UTF-8 by a tool that kept the site's "iso-8859-1" declaration)."""
    import lxml.html
    from lxml import etree

    tree = lxml.html.fromstring(html.encode("utf-8"), parser=lxml.html.HTMLParser(encoding="utf-8"))
    bodies = [
        body for script in tree.xpath("//script[@type='application/ld+json']") for body in json_ld_bodies(script.text)
    ]
    etree.strip_elements(tree, "script", "style", etree.Comment, with_tail=False)
    for call in tree.xpath(FOOTNOTE_CALLS):
        if FOOTNOTE_CALL_TEXT.match(call.text_content()):
            call.drop_tree()
    return " ".join([*tree.itertext(), *bodies])


def json_ld_bodies(text: str | None) -> list[str]:
    """The `articleBody` strings of a JSON-LD block: the text of a page whose article the site's script
    draws from it, the HTML holding no copy (a page saved before the script ran)."""
    try:
        data = json.loads(text or "")
    except (ValueError, RecursionError):  # not JSON, or nested past the parser's depth
        return []
    found, todo = [], [data]
    while todo:
        item = todo.pop()
        if isinstance(item, list):
            todo.extend(item)
        elif isinstance(item, dict):
            found += [value for key, value in item.items() if key == "articleBody" and isinstance(value, str)]
            todo.extend(value for value in item.values() if isinstance(value, (dict, list)))
    return found


def check_gold(name: str, html: str, gold: dict) -> list[str]:
    """Problems of a gold file: strings that are no text of the page, chrome that is article text."""
    page = squeeze(visible_text(html))
    problems = []
    for key in ("article", "neutral", "chrome"):
        for line in gold.get(key, []):
            if squeeze(line) not in page:
                problems.append(f"{name}: {key} line not in the page: {line!r}")
    if squeeze(gold["headline"]) not in page:
        problems.append(f"{name}: headline not in the page: {gold['headline']!r}")
    own = [squeeze(line) for line in [gold["headline"], *gold["article"], *gold.get("neutral", [])]]
    for snippet in gold["chrome"]:
        if any(squeeze(piece) in line for piece in chrome_pieces(snippet) for line in own):
            problems.append(f"{name}: chrome snippet is also article text: {snippet!r}")
    return problems


def load(pages_dir: Path) -> list[tuple[Path, str, dict]]:
    pages = []
    for gold_path in sorted(pages_dir.glob("*.gold.json")):
        page = gold_path.with_name(gold_path.name.replace(".gold.json", ".html"))
        if not page.exists():
            raise SystemExit(f"html_pages.py: no page {page.name} for {gold_path.name}")
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        pages.append((page, page.read_text(encoding="utf-8"), gold))
    return pages


def saga_reading(page: Path, language: str | None = None) -> dict:
    """What `manage.py annotate PAGE --format jsonl` prints for the page, or {"refused": message};
    with `language`, what `annotate --lang LANGUAGE` prints (a page in another language read anyway)."""
    from django.core.management import CommandError, call_command

    out, err = StringIO(), StringIO()
    forced = ["--lang", language] if language else []
    try:
        call_command("annotate", str(page), "--format", "jsonl", *forced, stdout=out, stderr=err)
    except CommandError as error:
        return {"refused": str(error)}
    return json.loads(out.getvalue())


def trafilatura_reading(html: str) -> tuple[str, str | None]:
    import trafilatura

    text = trafilatura.extract(html, **TRAFILATURA_OPTIONS) or ""
    metadata = trafilatura.extract_metadata(html)
    return text, metadata.title if metadata else None


def chrome_pieces(snippet: str) -> list[str]:
    """The sentences of a chrome snippet of three words or more (a credit's "L. Garnier" is not cut
    into "Garnier", a name the article may hold), else the whole snippet."""
    return [piece for piece in sentences(snippet) if len(piece.split()) >= 3] or [snippet]


def kept(pieces: list[str], squeezed: str) -> bool:
    return any(squeeze(piece) in squeezed for piece in pieces)


def block_kinds(sentence: str, text: str, reading: dict) -> str:
    """Kinds of Saga's blocks over the sentence in the text it analysed ("?" when not found)."""
    squeezed, offsets = squeeze_map(text)
    where = squeezed.find(squeeze(sentence))
    if where < 0:
        return "?"
    start, end = offsets[where], offsets[where + len(squeeze(sentence)) - 1] + 1
    kinds = [b["kind"] for b in reading.get("blocks", []) if b["start"] < end and start < b["end"]]
    claims = [c for c in reading.get("claims", []) if c["start"] < end and start < c["end"]]
    names = "+".join(dict.fromkeys(kinds)) or "no block"
    return names + (", partly in a claim" if claims else "")


def score_page(gold: dict, reading: dict, extracted: str, extracted_title: str | None) -> dict:
    claims = squeeze("".join(claim["text"] for claim in reading.get("claims", [])))
    output = squeeze(extracted)
    row = {"sentences": 0, "saga_kept": 0, "trafilatura_kept": 0, "chrome": 0, "saga_out": 0, "trafilatura_out": 0}
    misses = {"trafilatura_lost": [], "saga_dropped": [], "saga_chrome": [], "saga_removed_chrome": []}
    own = squeeze("".join([gold["headline"], *gold["article"], *gold.get("neutral", [])]))
    misses["stray_claims"] = [c["text"] for c in reading.get("claims", []) if squeeze(c["text"]) not in own]
    row["claims"] = len(reading.get("claims", []))
    for paragraph in gold["article"]:
        for sentence in sentences(paragraph):
            in_saga, in_output = squeeze(sentence) in claims, squeeze(sentence) in output
            row["sentences"] += 1
            row["saga_kept"] += in_saga
            row["trafilatura_kept"] += in_output
            if not in_saga:
                if in_output:
                    misses["saga_dropped"].append((sentence, block_kinds(sentence, extracted, reading)))
                else:
                    misses["trafilatura_lost"].append(sentence)
    for snippet in gold["chrome"]:
        pieces = chrome_pieces(snippet)
        in_saga, in_output = kept(pieces, claims), kept(pieces, output)
        row["chrome"] += 1
        row["saga_out"] += not in_saga
        row["trafilatura_out"] += not in_output
        if in_saga:
            misses["saga_chrome"].append(snippet)
        elif in_output:
            misses["saga_removed_chrome"].append(snippet)
    for kind in ("trafilatura_lost", "saga_dropped", "saga_removed_chrome", "stray_claims"):
        row[kind] = len(misses[kind])
    row["saga_title"] = int(same_title(reading.get("title"), gold["headline"]))
    row["trafilatura_title"] = int(same_title(extracted_title, gold["headline"]))
    return {"row": row, "misses": misses, "title": reading.get("title"), "extracted_title": extracted_title}


def ratio(part: int, whole: int) -> float:
    return round(part / whole, 4) if whole else 1.0


def figures(rows: list[dict], reader: str) -> tuple[dict, dict]:
    total = {key: sum(row[key] for row in rows) for key in rows[0]}
    result = {
        "pages": len(rows),
        "article_sentences_kept": ratio(total[f"{reader}_kept"], total["sentences"]),
        "chrome_snippets_kept_out": ratio(total[f"{reader}_out"], total["chrome"]),
        "headlines": ratio(total[f"{reader}_title"], len(rows)),
    }
    counts = {
        "sentences": total["sentences"],
        "kept": total[f"{reader}_kept"],
        "chrome": total["chrome"],
        "kept_out": total[f"{reader}_out"],
        "headlines": total[f"{reader}_title"],
    }
    return result, counts


def report_page(name: str, gold: dict, result: dict) -> None:
    row, misses = result["row"], result["misses"]
    print(
        f"== {name}: sentences Saga {row['saga_kept']}/{row['sentences']}, trafilatura "
        f"{row['trafilatura_kept']}/{row['sentences']}; chrome kept out Saga {row['saga_out']}/{row['chrome']}, "
        f"trafilatura {row['trafilatura_out']}/{row['chrome']}",
        file=sys.stderr,
    )
    for sentence in misses["trafilatura_lost"]:
        print(f"   lost by trafilatura: {sentence}", file=sys.stderr)
    for sentence, kinds in misses["saga_dropped"]:
        print(f"   dropped by Saga ({kinds}): {sentence}", file=sys.stderr)
    for snippet in misses["saga_chrome"]:
        print(f"   chrome kept by Saga: {snippet}", file=sys.stderr)
    for snippet in misses["saga_removed_chrome"]:
        print(f"   chrome trafilatura kept, Saga removed: {snippet}", file=sys.stderr)
    for claim in misses["stray_claims"]:
        print(f"   claim outside the article: {claim}", file=sys.stderr)
    if not row["saga_title"]:
        print(f"   title: Saga {result['title']!r}, gold {gold['headline']!r}", file=sys.stderr)
    if not row["trafilatura_title"]:
        print(f"   title: trafilatura {result['extracted_title']!r}", file=sys.stderr)


def main():
    # Long as a script's main is: its options, then each page scored and the totals printed in order.
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pages")
    parser.add_argument("-v", "--verbose", action="store_true", help="list each page's misses on stderr")
    parser.add_argument("--check", action="store_true", help="only check the gold files against their pages")
    parser.add_argument(
        "--lang", help="read every page as this language (annotate --lang), the pages Saga would refuse too"
    )
    args = parser.parse_args()
    pages = load(Path(args.pages).resolve())
    problems = [problem for page, html, gold in pages for problem in check_gold(page.name, html, gold)]
    if problems:
        raise SystemExit("html_pages.py: gold does not match its pages:\n" + "\n".join(problems))
    if args.check:
        print(f"{len(pages)} pages, gold checked")
        return
    os.chdir(ROOT)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "saga.settings")
    import django

    django.setup()
    rows, refused = [], []
    for page, html, gold in pages:
        reading = saga_reading(page, args.lang)
        if "refused" in reading:
            refused.append(f"{page.name}: {reading['refused'].removeprefix(f'{page}: ')}")
            continue
        extracted, extracted_title = trafilatura_reading(html)
        result = score_page(gold, reading, extracted, extracted_title)
        rows.append(result["row"])
        if args.verbose:
            report_page(page.name, gold, result)
    if not rows:
        raise SystemExit("html_pages.py: Saga read no page: " + "; ".join(refused))
    for reader in ("saga", "trafilatura"):
        result, counts = figures(rows, reader)
        print(reader, json.dumps(result), json.dumps(counts))
    total = {key: sum(row[key] for row in rows) for key in rows[0]}
    print(
        "misses",
        json.dumps(
            {
                "sentences_lost_by_trafilatura": total["trafilatura_lost"],
                "sentences_dropped_by_saga": total["saga_dropped"],
                "chrome_in_trafilatura_output": total["chrome"] - total["trafilatura_out"],
                "chrome_removed_by_saga": total["saga_removed_chrome"],
                "chrome_kept_by_saga": total["chrome"] - total["saga_out"],
                "saga_claims": total["claims"],
                "saga_claims_outside_the_article": total["stray_claims"],
            }
        ),
    )
    print("refused", json.dumps(refused, ensure_ascii=False))


if __name__ == "__main__":
    main()
