"""XLSX and ODS sheets read as a stream of rows, so that memory stays flat with the file's size.

calamine (the reader of the preview) loads a whole sheet before giving its first row: about 1 GB for a million
rows. Both formats are zip archives of XML; the first sheet's XML is parsed here incrementally with the
standard library's `iterparse` (each row is dropped once read), with what the formats say about cells:

- XLSX (ECMA-376): cell types s (shared string), inlineStr, str, b, e, n and d; numbers whose style is a date
  format become dates (1900 or 1904 date system); a cell's column comes from its reference (gaps are empty).
- ODS (OpenDocument 1.2): office:value-type float / percentage / currency (office:value), date, time, boolean
  and string (text:p paragraphs with text:s, text:tab and text:line-break); table:number-columns-repeated and
  table:number-rows-repeated, without expanding the million empty rows a spreadsheet program writes at the end.

Values come out as calamine gives them (float, bool, date, datetime, str), so `_cell_text` turns them into the
same text. What stays in memory is the XLSX shared-string table (one entry per distinct text of the file).
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from typing import IO, Any
from xml.etree.ElementTree import Element, iterparse

_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_PKG_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"

MAX_REPEAT = 16384  # columns or rows a repeat attribute may expand to when followed by values (Excel's width)


class SheetError(Exception):
    """The archive or its XML is not a readable spreadsheet."""


# ---- XLSX ---------------------------------------------------------------------------------------------------------

_DATE_FORMAT_IDS = set(range(14, 23)) | set(range(27, 37)) | set(range(45, 48)) | set(range(50, 59))
_QUOTED = re.compile(r'"[^"]*"|\[[^\]]*\]|\\.')


def _is_date_format(code: str) -> bool:
    bare = _QUOTED.sub("", code).lower()
    return any(c in bare for c in "dmyhs") and "general" not in bare


def _first_sheet_path(zf: zipfile.ZipFile) -> tuple[str, bool]:
    """The XML part of the workbook's first sheet, and whether the workbook counts dates from 1904."""
    date1904 = False
    rid = ""
    with zf.open("xl/workbook.xml") as fh:
        for _event, elem in iterparse(fh):
            if elem.tag == f"{_MAIN}workbookPr":
                date1904 = elem.get("date1904", "0").lower() in ("1", "true")
            elif elem.tag == f"{_MAIN}sheet" and not rid:
                rid = elem.get(f"{_REL}id", "")
    target = "worksheets/sheet1.xml"
    if rid and "xl/_rels/workbook.xml.rels" in zf.namelist():
        with zf.open("xl/_rels/workbook.xml.rels") as fh:
            for _event, elem in iterparse(fh):
                if elem.tag == f"{_PKG_REL}Relationship" and elem.get("Id") == rid:
                    target = elem.get("Target", target)
    path = target.lstrip("/") if target.startswith("/") else f"xl/{target}"
    return path, date1904


def _shared_strings(zf: zipfile.ZipFile) -> list[str]:
    if "xl/sharedStrings.xml" not in zf.namelist():
        return []
    out: list[str] = []
    with zf.open("xl/sharedStrings.xml") as fh:
        for _event, elem in iterparse(fh):
            if elem.tag == f"{_MAIN}si":
                out.append(_rich_text(elem))
                elem.clear()
    return out


def _rich_text(elem: Element) -> str:
    """The text of an <si> or <is>: its <t>, or its runs' <t>s; phonetic runs (<rPh>) are not text."""
    parts: list[str] = []
    for child in elem:
        if child.tag == f"{_MAIN}t":
            parts.append(child.text or "")
        elif child.tag == f"{_MAIN}r":
            parts.extend(t.text or "" for t in child if t.tag == f"{_MAIN}t")
    return "".join(parts)


def _date_styles(zf: zipfile.ZipFile) -> set[int]:
    """Indexes of the cell styles (cellXfs) whose number format is a date or time."""
    if "xl/styles.xml" not in zf.namelist():
        return set()
    custom: dict[int, str] = {}
    styles: set[int] = set()
    index = 0
    in_cell_xfs = False
    with zf.open("xl/styles.xml") as fh:
        for event, elem in iterparse(fh, events=("start", "end")):
            if elem.tag == f"{_MAIN}numFmt" and event == "end":
                custom[int(elem.get("numFmtId", "0"))] = elem.get("formatCode", "")
            elif elem.tag == f"{_MAIN}cellXfs":
                in_cell_xfs = event == "start"
            elif elem.tag == f"{_MAIN}xf" and event == "start" and in_cell_xfs:
                fmt = int(elem.get("numFmtId", "0") or 0)
                if fmt in _DATE_FORMAT_IDS or (fmt in custom and _is_date_format(custom[fmt])):
                    styles.add(index)
                index += 1
    return styles


def _column(ref: str) -> int:
    n = 0
    for ch in ref:
        if "A" <= ch <= "Z":
            n = n * 26 + ord(ch) - 64
        else:
            break
    return n - 1


def _excel_date(serial: float, date1904: bool) -> date | datetime:
    base = datetime(1904, 1, 1) if date1904 else datetime(1899, 12, 30)
    moment = base + timedelta(days=serial)
    if moment.time() == datetime.min.time():
        return moment.date()
    return moment.replace(microsecond=0) if moment.microsecond < 500_000 else (
        moment + timedelta(seconds=1)).replace(microsecond=0)


def xlsx_height(fh: IO[bytes]) -> int:
    """Rows of the first sheet from its <dimension> (written by Excel, LibreOffice and XlsxWriter), else 0."""
    with zipfile.ZipFile(fh) as zf:
        sheet, _date1904 = _first_sheet_path(zf)
        with zf.open(sheet) as data:
            head = data.read(4096).decode("utf-8", "replace")
    found = re.search(r'<dimension ref="[A-Z]+(\d+)(?::[A-Z]+(\d+))?"', head)
    if not found:
        return 0
    return int(found.group(2) or found.group(1)) - int(found.group(1)) + 1


def ods_height_estimate(fh: IO[bytes]) -> int:
    """About how many rows (from content.xml's size: the progress bar's total only)."""
    with zipfile.ZipFile(fh) as zf:
        return zf.getinfo("content.xml").file_size // 600


def xlsx_rows(fh: IO[bytes]) -> Iterator[list[Any]]:
    with zipfile.ZipFile(fh) as zf:
        sheet, date1904 = _first_sheet_path(zf)
        strings = _shared_strings(zf)
        dates = _date_styles(zf)
        with zf.open(sheet) as data:
            yield from _xlsx_sheet(data, strings, dates, date1904)


def _xlsx_value(cell: Element, strings: list[str], dates: set[int], date1904: bool) -> Any:
    kind = cell.get("t", "n")
    if kind == "inlineStr":
        inline = cell.find(f"{_MAIN}is")
        return _rich_text(inline) if inline is not None else ""
    v = cell.find(f"{_MAIN}v")
    text = v.text if v is not None else None
    if text is None:
        return None
    if kind == "s":
        index = int(text)
        return strings[index] if 0 <= index < len(strings) else ""
    if kind in ("str", "e", "d"):
        return text
    if kind == "b":
        return text.strip() in ("1", "true")
    number = float(text)
    if int(cell.get("s", "0") or 0) in dates:
        try:
            return _excel_date(number, date1904)
        except (OverflowError, ValueError):
            return number
    return number


def _xlsx_sheet(data: IO[bytes], strings: list[str], dates: set[int], date1904: bool) -> Iterator[list[Any]]:
    parents: list[Element] = []
    pending_empty = 0
    started = False
    next_row = 1
    for event, elem in iterparse(data, events=("start", "end")):
        if event == "start":
            parents.append(elem)
            continue
        parents.pop()
        if elem.tag != f"{_MAIN}row":
            continue
        number = int(elem.get("r", next_row) or next_row)
        gap = max(number - next_row, 0)
        next_row = number + 1
        cells: list[Any] = []
        for cell in elem.iter(f"{_MAIN}c"):
            ref = cell.get("r")
            index = _column(ref) if ref else len(cells)
            if index > len(cells) + MAX_REPEAT:
                raise SheetError(f"cell {ref} too far right")
            value = _xlsx_value(cell, strings, dates, date1904)
            if value is None or value == "":
                continue
            cells.extend([None] * (index - len(cells)))
            if index < len(cells):
                cells[index] = value
            else:
                cells.append(value)
        if parents:
            parents[-1].remove(elem)  # nothing of a read row stays in the tree
        if not cells:
            pending_empty += 1 + gap
            continue
        if started:
            for _ in range(pending_empty + gap):
                yield []
        started = True
        pending_empty = 0
        yield cells


# ---- ODS ----------------------------------------------------------------------------------------------------------

def _ods_text(cell: Element) -> str:
    paragraphs: list[str] = []
    for p in cell:
        if p.tag in (f"{_TEXT}p", f"{_TEXT}h"):
            paragraphs.append(_ods_inline(p))
    return "\n".join(paragraphs)


def _ods_inline(elem: Element) -> str:
    parts = [elem.text or ""]
    for child in elem:
        if child.tag == f"{_TEXT}s":
            parts.append(" " * int(child.get(f"{_TEXT}c", "1") or 1))
        elif child.tag == f"{_TEXT}tab":
            parts.append("\t")
        elif child.tag == f"{_TEXT}line-break":
            parts.append("\n")
        elif child.tag != f"{_OFFICE}annotation":
            parts.append(_ods_inline(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _iso_date(text: str) -> date | datetime | str:
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return text
    return moment.date() if "T" not in text else moment


def _ods_value(cell: Element) -> Any:
    kind = cell.get(f"{_OFFICE}value-type")
    if kind in ("float", "percentage", "currency"):
        try:
            return float(cell.get(f"{_OFFICE}value", ""))
        except ValueError:
            return _ods_text(cell)
    if kind == "date":
        return _iso_date(cell.get(f"{_OFFICE}date-value", "")) or _ods_text(cell)
    if kind == "boolean":
        return cell.get(f"{_OFFICE}boolean-value", "false").lower() == "true"
    if kind == "time":
        return _ods_text(cell)
    return _ods_text(cell)


def ods_rows(fh: IO[bytes]) -> Iterator[list[Any]]:
    with zipfile.ZipFile(fh) as zf, zf.open("content.xml") as data:
        yield from _ods_table(data)


def _ods_table(data: IO[bytes]) -> Iterator[list[Any]]:
    parents: list[Element] = []
    depth = 0  # inside the first table
    pending_empty = 0
    started = False
    for event, elem in iterparse(data, events=("start", "end")):
        if event == "start":
            parents.append(elem)
            if elem.tag == f"{_TABLE}table":
                depth += 1
            continue
        parents.pop()
        if elem.tag == f"{_TABLE}table":
            return  # the first sheet only, as calamine reads it
        if elem.tag != f"{_TABLE}table-row" or depth != 1:
            continue
        repeat = int(elem.get(f"{_TABLE}number-rows-repeated", "1") or 1)
        cells: list[Any] = []
        empty_run = 0
        for cell in elem:
            if cell.tag not in (f"{_TABLE}table-cell", f"{_TABLE}covered-table-cell"):
                continue
            times = int(cell.get(f"{_TABLE}number-columns-repeated", "1") or 1)
            value = _ods_value(cell)
            if value is None or value == "":
                empty_run += times
                continue
            if empty_run + times > MAX_REPEAT or len(cells) > MAX_REPEAT:
                raise SheetError("row too wide")
            cells.extend([None] * empty_run)
            empty_run = 0
            cells.extend([value] * times)
        if parents:
            parents[-1].remove(elem)
        if not cells:
            pending_empty += repeat
            continue
        if started:
            if pending_empty > MAX_REPEAT * 64:
                raise SheetError("too many empty rows")
            for _ in range(pending_empty):
                yield []
        if repeat > MAX_REPEAT:
            raise SheetError("row repeated too often")
        started = True
        pending_empty = 0
        for _ in range(repeat):
            yield list(cells)
