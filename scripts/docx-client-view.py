#!/usr/bin/env python3
"""Prints the tables of a .docx as another client sees them, in one plain format.

    docx-client-view.py python-docx FILE   # python-docx (Debian's python3-docx)
    docx-client-view.py pandoc FILE        # pandoc -f docx -t json

Output, tables in reading order (nested tables right after the table holding them, as tabconv's
flat tables): a line `tables N`, then per table `table K: ROWS×COLUMNS` and one line per cell where it starts, `rR cC ROWSPAN×COLSPAN TEXT`
with 1-based row and grid column and the text JSON-quoted. python-docx texts are exact (paragraphs
joined by a line feed, w:tab as a tab, w:br as a line feed); pandoc texts have whitespace runs
folded to one space and the ends trimmed, as pandoc folds them.
"""
import json
import re
import subprocess
import sys


def python_docx_tables(path):
    import docx  # imported here so the pandoc mode works without python-docx

    found = []

    def visit(table):
        grid = [[cell._tc for cell in row.cells] for row in table.rows]
        columns = len(table.columns)
        origins = {}
        for r, row in enumerate(grid):
            for c, tc in enumerate(row):
                if id(tc) not in origins:
                    origins[id(tc)] = [r, c, r, c]
                else:
                    box = origins[id(tc)]
                    box[2], box[3] = max(box[2], r), max(box[3], c)
        cells = []
        nested = []
        seen = set()
        for r, row in enumerate(table.rows):
            for c, cell in enumerate(row.cells):
                if id(cell._tc) in seen:
                    continue
                seen.add(id(cell._tc))
                top, left, bottom, right = origins[id(cell._tc)]
                cells.append((top + 1, left + 1, bottom - top + 1, right - left + 1, cell.text))
                nested.extend(cell.tables)
        found.append((f"{len(grid)}×{columns}", cells))
        for inner in nested:
            visit(inner)

    for table in docx.Document(path).tables:
        visit(table)
    return found


def fold(text):
    return re.sub(r"\s+", " ", text).strip()


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
            quote, close = ("“", "”") if content[0]["t"] == "DoubleQuote" else ("‘", "’")
            out.append(quote + inline_text(content[1]) + close)
    return "".join(out)


def block_text(blocks):
    parts = []
    for block in blocks:
        kind, content = block["t"], block.get("c")
        if kind in ("Plain", "Para"):
            parts.append(inline_text(content))
        elif kind == "Header":
            parts.append(inline_text(content[2]))
        elif kind == "Div":
            parts.append(block_text(content[1]))
    return " ".join(parts)


def pandoc_tables(path):
    result = subprocess.run(["pandoc", "-f", "docx", "-t", "json", path], capture_output=True, check=True)
    found = []

    def visit(blocks):
        for block in blocks:
            kind, content = block["t"], block.get("c")
            if kind == "Div":
                visit(content[1])
            if kind != "Table":
                continue
            _, _, colspecs, head, bodies, foot = content
            rows = list(head[1])
            for body in bodies:
                rows += body[2] + body[3]
            rows += foot[1]
            covered = set()
            cells = []
            nested = []
            for r, row in enumerate(rows):
                c = 0
                for cell in row[1]:
                    _, _, rowspan, colspan, cell_blocks = cell
                    while (r, c) in covered:
                        c += 1
                    for dr in range(rowspan):
                        for dc in range(colspan):
                            covered.add((r + dr, c + dc))
                    cells.append((r + 1, c + 1, rowspan, colspan, fold(block_text(cell_blocks))))
                    nested.append(cell_blocks)
                    c += colspan
            found.append((f"{len(rows)}×{len(colspecs)}", cells))
            for cell_blocks in nested:
                visit(cell_blocks)

    visit(json.loads(result.stdout)["blocks"])
    return found


def main():
    if len(sys.argv) != 3 or sys.argv[1] not in ("python-docx", "pandoc"):
        sys.exit(__doc__)
    tables = python_docx_tables(sys.argv[2]) if sys.argv[1] == "python-docx" else pandoc_tables(sys.argv[2])
    print(f"tables {len(tables)}")
    for number, (size, cells) in enumerate(tables, 1):
        print(f"table {number}: {size}")
        for row, column, rowspan, colspan, text in cells:
            print(f"r{row} c{column} {rowspan}×{colspan} {json.dumps(text, ensure_ascii=False)}")


if __name__ == "__main__":
    main()
