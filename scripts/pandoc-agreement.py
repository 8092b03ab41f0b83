#!/usr/bin/env python3
"""Differential check of tabconv's .docx reader against pandoc (2.17, Debian's `pandoc`).

For every corpus .docx that pandoc reads, compares the number of tables (nested ones included,
in reading order) and every cell's text (whitespace runs folded to one space, ends trimmed, as
pandoc folds them), and the row/col spans where pandoc has them. Prints one line per file that
disagrees, with why, then the agreement figure: files, tables, cells agreeing.

List items: tabconv's text starts with the label Word shows (`1)\t`, `•\t`), pandoc keeps the
list as structure. A pandoc list item therefore matches with or without its label in front:
an ordered item's label is rendered from pandoc's start, style and delimiter; a bullet's glyph is
any one non-space character (pandoc does not keep it).

Usage: scripts/pandoc-agreement.py [TABCONV_BINARY] [CORPUS_DIR]
"""
import json
import pathlib
import re
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
binary = sys.argv[1] if len(sys.argv) > 1 else str(ROOT / ".build/debug/tabconv")
corpus = pathlib.Path(sys.argv[2] if len(sys.argv) > 2 else ROOT.parent / "shared/corpus/docx")

# Files where tabconv and pandoc differ, and why (each checked by hand against document.xml).
PANDOC_WRONG = {
    "pydocx__nested_table_rowspan.docx": "pandoc wrong: it drops the nested table inside a vMerge'd cell",
    "pandoc__table_gridbefore.docx": "pandoc wrong: it puts w:gridBefore positions at the end of the row",
    "docling__word_tables.docx": "pandoc wrong: w:gridBefore positions moved to the row end, so a merge after them is missed",
    "tika__018367.docx": "pandoc wrong: w:gridBefore positions moved to the row end",
    "pydocx__table_col_row_span.docx": "tblGrid declares 1 column but the rows need 2: tabconv widens the grid (with a warning), pandoc keeps 1",
    "tika__testWORD_tableInRunInsideParagraph.docx": "pandoc drops the table inside a text box; tabconv keeps it after its host paragraph",
    "openxmlpowertools__RA001-Tracked-Revisions-01.docx": "tracked row/table deletions: pandoc keeps them, tabconv accepts them (--revisions original keeps them)",
    "openxmlpowertools__RevisionTracking.docx": "tracked deletions: pandoc keeps them, tabconv accepts them (--revisions)",
    "poi-tl__636.docx": "the only table is a tracked deletion: accepted by tabconv, kept by pandoc (--revisions original)",
    "poi__bug65649.docx": "w:softHyphen: pandoc writes U+00AD, tabconv drops it as Word shows it",
    "tika__017097.docx": "a Symbol-font PUA bullet U+F0B7 in w:t: pandoc maps it to U+2022, tabconv keeps the code point",
    "docling__table_with_equations.docx": "equations: pandoc writes LaTeX, tabconv the equation's text (A=πr2)",
}


def fold(text):
    return re.sub(r"\s+", " ", text).strip()


# A list label in pandoc's cell text: \x01 REGEX \x02, matched optionally, with a space after it.
LABEL = re.compile("\x01(.*?)\x02")


def roman(n):
    out = ""
    for value, numeral in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"),
                           (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out += numeral
            n -= value
    return out


def ordered_label(number, style, delim):
    style, delim = style["t"], delim["t"]
    if style in ("LowerAlpha", "UpperAlpha"):
        text = chr(ord("a") + (number - 1) % 26) * ((number - 1) // 26 + 1)
        text = text.upper() if style == "UpperAlpha" else text
    elif style in ("LowerRoman", "UpperRoman"):
        text = roman(number).lower() if style == "LowerRoman" else roman(number)
    else:
        text = str(number)
    return {"OneParen": text + ")", "TwoParens": "(" + text + ")"}.get(delim, text + ".")


def cell_matches(pattern, text):
    if "\x01" not in pattern:
        return pattern == text
    pieces, last = [], 0
    for match in LABEL.finditer(pattern):
        pieces.append(re.escape(pattern[last:match.start()]))
        pieces.append(f"(?:{match.group(1)} )?")
        last = match.end()
    pieces.append(re.escape(pattern[last:]))
    return re.fullmatch("".join(pieces), text) is not None


def shown(pattern):
    return LABEL.sub("", pattern)


def inline_text(inlines):
    out = []
    for node in inlines:
        kind, content = node["t"], node.get("c")
        if kind == "Str":
            out.append(content)
        elif kind in ("Space", "SoftBreak", "LineBreak"):
            out.append(" ")
        elif kind in ("Emph", "Strong", "Underline", "Strikeout", "Superscript", "Subscript", "SmallCaps"):
            out.append(inline_text(content))
        elif kind in ("Span", "Link"):
            out.append(inline_text(content[1]))
        elif kind == "Quoted":
            quote = "“" if content[0]["t"] == "DoubleQuote" else "‘"
            close = "”" if quote == "“" else "’"
            out.append(quote + inline_text(content[1]) + close)
        elif kind == "Code":
            out.append(content[1])
        elif kind == "Math":
            out.append(content[1])
        elif kind == "Note":
            pass
    return "".join(out)


def block_text(blocks):
    """Text of a cell's blocks, nested tables excluded (tabconv lists them as tables of their own)."""
    parts = []
    for block in blocks:
        kind, content = block["t"], block.get("c")
        if kind in ("Plain", "Para"):
            parts.append(inline_text(content))
        elif kind in ("Div", "BlockQuote"):
            parts.append(block_text(content[1] if kind == "Div" else content))
        elif kind == "BulletList":
            parts.extend("\x01\\S\x02" + block_text(item) for item in content)
        elif kind == "OrderedList":
            (start, style, delim), items = content
            parts.extend("\x01" + re.escape(ordered_label(start + index, style, delim)) + "\x02" + block_text(item)
                         for index, item in enumerate(items))
        elif kind == "Header":
            parts.append(inline_text(content[2]))
        elif kind == "LineBlock":
            parts.extend(inline_text(line) for line in content)
    return " ".join(parts)


def pandoc_tables(blocks, out):
    for block in blocks:
        kind, content = block["t"], block.get("c")
        if kind == "Table":
            _, _, _, head, bodies, foot = content
            rows = list(head[1])
            for body in bodies:
                rows += body[2] + body[3]
            rows += foot[1]
            table = []
            out.append(table)
            for row in rows:
                cells = []
                for cell in row[1]:
                    _, _, rowspan, colspan, cell_blocks = cell
                    cells.append((fold(block_text(cell_blocks)), rowspan, colspan))
                table.append(cells)
            for row in rows:
                for cell in row[1]:
                    pandoc_tables(cell[4], out)
        elif kind == "Div":
            pandoc_tables(content[1], out)
        elif kind == "BlockQuote":
            pandoc_tables(content, out)
        elif kind in ("BulletList", "OrderedList"):
            for item in content if kind == "BulletList" else content[1]:
                pandoc_tables(item, out)


def tabconv_tables(blocks, out):
    for block in blocks:
        if block["type"] != "table":
            continue
        table = []
        out.append(table)
        nested = []
        for row in block["rows"]:
            table.append([(fold(c["text"]), c.get("rowSpan", 1), c.get("colSpan", 1)) for c in row["cells"]])
            for cell in row["cells"]:
                nested.extend(cell.get("blocks", []))
        tabconv_tables(nested, out)


def main():
    files = sorted(corpus.glob("*.docx"))
    totals = dict(files=0, files_agree=0, tables=0, tables_agree=0, cells=0, cells_agree=0, spans=0, spans_agree=0)
    skipped = []
    for path in files:
        pandoc = subprocess.run(["pandoc", "-f", "docx", "-t", "json", str(path)], capture_output=True)
        if pandoc.returncode != 0:
            skipped.append((path.name, "pandoc cannot read it"))
            continue
        ours = subprocess.run([binary, str(path), "--to", "json", "--compact", "-q"], capture_output=True)
        if ours.returncode != 0:
            totals["files"] += 1
            print(f"{path.name}: tabconv failed: {ours.stderr.decode().strip()}")
            continue
        expected, actual = [], []
        pandoc_tables(json.loads(pandoc.stdout)["blocks"], expected)
        tabconv_tables(json.loads(ours.stdout)["blocks"], actual)
        totals["files"] += 1
        problems = []
        if len(expected) != len(actual):
            problems.append(f"{len(actual)} tables, pandoc {len(expected)}")
        for number, (theirs, mine) in enumerate(zip(expected, actual), 1):
            totals["tables"] += 1
            table_ok = len(theirs) == len(mine)
            for row_number, (their_row, my_row) in enumerate(zip(theirs, mine), 1):
                if len(their_row) != len(my_row):
                    table_ok = False
                for cell_number, (their_cell, my_cell) in enumerate(zip(their_row, my_row), 1):
                    totals["cells"] += 1
                    totals["spans"] += 1
                    if cell_matches(their_cell[0], my_cell[0]):
                        totals["cells_agree"] += 1
                    else:
                        table_ok = False
                        if len(problems) < 3:
                            problems.append(
                                f"table {number} row {row_number} cell {cell_number}: {my_cell[0][:40]!r} vs pandoc {shown(their_cell[0])[:40]!r}")
                    if their_cell[1:] == my_cell[1:]:
                        totals["spans_agree"] += 1
                    else:
                        table_ok = False
                        if len(problems) < 3:
                            problems.append(
                                f"table {number} row {row_number} cell {cell_number}: span {my_cell[1]}×{my_cell[2]} vs pandoc {their_cell[1]}×{their_cell[2]}")
            if table_ok:
                totals["tables_agree"] += 1
        if problems:
            known = PANDOC_WRONG.get(path.name)
            note = f" [known: {known}]" if known else ""
            print(f"{path.name}: " + "; ".join(problems) + note)
        else:
            totals["files_agree"] += 1
    for name, why in skipped:
        print(f"{name}: skipped, {why}")
    t = totals
    print(
        f"agreement with pandoc: files {t['files_agree']}/{t['files']}, tables {t['tables_agree']}/{t['tables']}, "
        f"cells {t['cells_agree']}/{t['cells']}, spans {t['spans_agree']}/{t['spans']} "
        f"({len(skipped)} files pandoc cannot read)")


if __name__ == "__main__":
    main()
