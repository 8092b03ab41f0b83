// Writes a `Document` as a Word .docx (Office Open XML WordprocessingML, transitional).
//
// Written:
// - Paragraphs with their style names and heading levels (`heading N` styles, `w:outlineLvl`
//   where a level differs from its style's), tabs as `w:tab`, line breaks as `w:br`.
// - Tables on their grid: `w:gridSpan` and `w:vMerge` for spans, header rows as `w:tblHeader`,
//   nested tables inside their cells (followed by the empty paragraph Word requires), each
//   cell's lines as paragraphs. Tables are drawn with borders (style `Table Grid`).
// - Anchors as bookmarks on their paragraph, or on the cell paragraph they name.
// - List labels as real numbering (`DocxNumberingWriter`): one single-level list per label and
//   separator, its `w:lvlText` the label itself, so the reader renders the same label whatever
//   its counters; the paragraph's text is written without label and separator.
// - Footnotes, endnotes and comments in their parts with the model's ids (`DocxNotesWriter`;
//   footnotes and endnotes after Word's separators -1 and 0), referred to at their offsets:
//   `w:footnoteReference`/`w:endnoteReference` runs, a comment's `w:commentRangeStart` there and
//   its range end and `w:commentReference` at the paragraph's end.
// - Headers and footers: one part per distinct list of blocks, referred to from each section's
//   `w:sectPr` in the model's order; sections before the last as continuous section breaks on the
//   first top-level paragraphs (`DocxPackagePlan`); `w:titlePg` and `w:evenAndOddHeaders` so
//   Word shows first-page and even-page ones.
// - Text boxes: the `inTextBox` blocks after a paragraph as one inline DrawingML text box in it.
// - Chinese text: East Asian runs default to SimSun with language zh-CN.
// Reading the file back with `DocxReader` gives the same blocks, notes and page furniture
// (every readable corpus file does), except:
// - every span comes back `declared` (an `inferred` span is written as an ordinary merge);
// - a cell whose blocks end with a table comes back with the empty paragraph after it;
// - a table of zero columns comes back with one;
// - a list label the reader would not render literally (`%1`…`%9`, `&`, or a text that does not
//   start with it) is written as text: the paragraph comes back without `listLabel`;
// - text-box blocks with no paragraph before them (first in their container, or after a table)
//   are written as ordinary blocks and come back without `inTextBox`;
// - a body with fewer top-level paragraphs than section breaks to carry gains an empty
//   paragraph per missing one;
// - a reference before a label's end comes back after it; references come back in offset order.
// Lost: the source information and warnings (`FormatCapabilities.metadata`), and anything a
// format read before tabconv kept no record of (fonts, list counters, images, where sections end).
// Characters XML 1.0 cannot hold are left out (the check refuses them in text already).

/// Writes tabconv's model as a Word .docx file.
///
/// One call builds every part in memory and zips it; nothing is shared between calls, so one
/// writer may be used from many threads. The same document always gives the same bytes: the
/// zip entries carry a fixed modification time and the parts hold no dates or random ids.
public struct DocxWriter: Sendable {
  /// What this format can hold: everything the model holds but source information, warnings
  /// and which spans were inferred.
  public static let capabilities: FormatCapabilities = [
    .paragraphs, .multipleTables, .spans, .nestedTables, .anchors, .styles, .notes, .pageFurniture,
    .lastSectionPageFurniture,
  ]

  /// Creates a writer.
  public init() {}

  /// The document as a .docx file.
  ///
  /// - Parameter document: The document; it should have passed the check (spans tile their
  ///   grids), though a table that does not tile is still written as a valid, if odd, table.
  /// - Returns: The bytes of the zip package.
  /// - Throws: `DocxWriteError` when libxml2 or libzip fail (out of memory), naming the part.
  /// - Complexity: Memory holds the whole package about three times (the XML, its compressed
  ///   copy, the result); it grows with the document, not only its largest table.
  public func write(_ document: Document) throws -> [UInt8] {
    try DocxPackageWriter(document).bytes()
  }
}
