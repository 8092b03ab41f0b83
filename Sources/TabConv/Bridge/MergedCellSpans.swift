/// Rebuilds merged cells for a table read from a format that loses them (Tika text).
///
/// Such formats leave a merge behind as a shorter row (a horizontal merge) or as empty cells
/// (a vertical merge). The rules, which the spans record as `inferred`:
/// 1. The grid width is the widest row's cell count.
/// 2. A short row's last cell spans the remaining columns.
/// 3. A row's *leading* empty cells (a run of empty cells from the first column, followed by a
///    cell that is not empty) continue the cell above them in that column, when that cell covers
///    exactly that one column. The first leading cell that cannot continue ends the run.
/// 4. Every other empty cell stays an empty cell.
///
/// "Empty" means no text at all, no anchors and no nested blocks: a space-only cell keeps its
/// bytes, so it is never merged away.
public enum MergedCellSpans {
  /// What inference did to one table.
  public struct Result: Sendable, Equatable {
    /// The table with inferred spans.
    public var table: Table
    /// How many cells now span more than one grid position.
    public var mergedRegions: Int
  }

  /// Infers spans for a table given as rows of unmerged cells.
  ///
  /// - Parameter rows: The rows as read, each cell with span 1.
  /// - Returns: The table on its grid, with inferred spans.
  /// - Complexity: O(rows × columns).
  public static func infer(rows: [[Cell]]) -> Result {
    var spans: [Spans] = []
    for row in rows { spans += row.map { Spans(rowSpan: $0.rowSpan, colSpan: $0.colSpan) } }
    var blank: [Bool] = []
    for row in rows { blank += row.map(\.isBlank) }
    let widths = rows.map(\.count)
    let (columns, mergedRegions) = infer(&spans, rowWidths: widths, isBlank: { blank[$0] })
    var table = Table(columns: columns, rows: [])
    var first = 0
    for row in rows {
      var cells: [Cell] = []
      for (index, var cell) in row.enumerated() where !spans[first + index].continuesAbove {
        cell.rowSpan = spans[first + index].rowSpan
        cell.colSpan = spans[first + index].colSpan
        if spans[first + index].isInferred { cell.spanSource = .inferred }
        cells.append(cell)
      }
      table.rows.append(Row(cells: cells))
      first += row.count
    }
    return Result(table: table, mergedRegions: mergedRegions)
  }

  /// A cell's spans as inference leaves them.
  struct Spans: Equatable {
    var rowSpan = 1
    var colSpan = 1
    /// Whether inference made the cell span more than one position (`SpanSource.inferred`).
    var isInferred = false
    /// Whether the cell is a leading empty cell that continues the cell above: it is dropped.
    var continuesAbove = false
  }

  /// Infers spans for a table given as the widths of its rows, before its cells are built, so
  /// that a reader builds only the cells that stay, with their spans.
  ///
  /// - Parameters:
  ///   - spans: Every cell's spans, row by row (as read: span 1); inference changes them.
  ///   - rowWidths: How many cells each row has.
  ///   - isBlank: Whether a cell (by its index in `spans`) holds nothing at all: no text, no
  ///     anchors, no nested blocks.
  /// - Returns: The grid width, and how many cells now span more than one grid position.
  /// - Complexity: O(rows × columns), with two arrays of `columns` entries.
  static func infer(_ spans: inout [Spans], rowWidths: some Collection<Int>, isBlank: (Int) -> Bool)
    -> (columns: Int, mergedRegions: Int)
  {
    let columns = rowWidths.max() ?? 0
    // For each grid column, the cell covering it: in the previous row (`above`) and in this one.
    // Two halves of one array, through pointers: this runs for every cell of every table.
    var covers = [Origin](repeating: .none, count: 2 * columns)
    var mergedRegions = 0
    spans.withUnsafeMutableBufferPointer { spans in
      covers.withUnsafeMutableBufferPointer { covers in
        var above = UnsafeMutableBufferPointer(rebasing: covers[0..<columns])
        var cover = UnsafeMutableBufferPointer(rebasing: covers[columns...])
        var first = 0
        for width in rowWidths {
          if width > 0, width < columns { spans[first + width - 1].colSpan = columns - (width - 1) }
          var leadingEmpty = 0
          while leadingEmpty < width, isBlank(first + leadingEmpty) { leadingEmpty += 1 }
          var continued = 0
          if leadingEmpty < width {
            while continued < leadingEmpty, continued < columns {
              let origin = above[continued]
              guard origin.cell >= 0, origin.startColumn == continued, spans[origin.cell].colSpan == 1 else { break }
              spans[origin.cell].rowSpan += 1
              if !spans[origin.cell].isInferred {
                spans[origin.cell].isInferred = true
                mergedRegions += 1
              }
              spans[first + continued].continuesAbove = true
              cover[continued] = origin
              continued += 1
            }
          }
          var column = continued
          for cell in first + continued..<first + width {
            let colSpan = spans[cell].colSpan
            if colSpan > 1 {
              spans[cell].isInferred = true
              mergedRegions += 1
            }
            let origin = Origin(cell: cell, startColumn: column)
            let end = min(column + colSpan, columns)
            while column < end {
              cover[column] = origin
              column += 1
            }
            column = origin.startColumn + colSpan
          }
          while column < columns {
            cover[column] = .none
            column += 1
          }
          swap(&cover, &above)
          first += width
        }
      }
    }
    return (columns, mergedRegions)
  }

  /// The cell covering a grid position, by its index in the spans, and the column it starts at.
  private struct Origin {
    var cell: Int
    var startColumn: Int
    static let none = Origin(cell: -1, startColumn: -1)
  }
}

extension Cell {
  /// Whether the cell holds nothing at all: no text, no anchors, no nested blocks.
  fileprivate var isBlank: Bool { text.isEmpty && anchors.isEmpty && blocks == nil }
}
