import Foundation

/// A sink that hands every block to another sink running on a thread of its own, so that a
/// reader on one core overlaps the checks and the writer on a second.
///
/// The reader's thread only queues; the worker thread applies `begin`, `add` and `end` to the
/// downstream sink in the order they came. The queue is bounded (by cells, at least one
/// block), so memory still grows with the largest table, not with the document, and a reader
/// faster than the writer waits. When the downstream sink throws, the next `add` (or `end`)
/// throws that error and the reader stops, as it would have without the thread; when the
/// reader throws instead, `finish()` drops what is still queued.
///
/// Use it from one thread: `begin`, `add`…, `end`, then `finish()` to get the downstream sink
/// back (always call `finish()`, also after an error, so the worker thread ends).
public final class BlockPipeline<Downstream: BlockSink>: BlockSink, @unchecked Sendable {
  // Everything below is guarded by `condition`, except `downstream`, which only the worker
  // touches until `finish()` has joined it and taken it out (so that nothing the worker
  // thread's closure still holds keeps an output open after the conversion).
  private let condition = NSCondition()
  private var queue: [Message] = []
  private var queuedWeight = 0
  private var failure: (any Error)?
  private var cancelled = false
  private var workerDone = false
  private var downstream: Downstream?
  private var finished = false
  /// The most cells (plus one per block) queued before the reader waits.
  private let capacity: Int

  private enum Message {
    case begin(Document)
    case add(Block, weight: Int)
    case end(Document)
  }

  /// Starts the worker thread.
  ///
  /// - Parameters:
  ///   - downstream: The sink the worker feeds.
  ///   - capacity: How many cells (plus one per block) may wait in the queue; a larger block
  ///     is still queued, alone.
  public init(_ downstream: Downstream, capacity: Int = 65_536) {
    self.downstream = downstream
    self.capacity = max(1, capacity)
    let thread = Thread { [self] in work() }
    // Checks and writers recurse into nested tables, as deep as on the main thread.
    thread.stackSize = 8 << 20
    thread.name = "tabconv-pipeline"
    thread.start()
  }

  public func begin(_ head: Document) throws {
    try enqueue(.begin(head), weight: 1)
  }

  public func add(_ block: Block) throws {
    let weight = 1 + Self.cellCount(block)
    try enqueue(.add(block, weight: weight), weight: weight)
  }

  public func end(_ rest: Document) throws {
    try enqueue(.end(rest), weight: 1)
    condition.lock()
    while !workerDone { condition.wait() }
    let failure = self.failure
    condition.unlock()
    if let failure { throw failure }
  }

  /// Waits for the worker and gives back the downstream sink; call it once.
  ///
  /// What is still queued is dropped if `end` never came.
  public func finish() -> Downstream {
    condition.lock()
    if !finished {
      finished = true
      cancelled = true
      condition.broadcast()
      while !workerDone { condition.wait() }
    }
    condition.unlock()
    // Taken, not copied: the worker thread's closure may outlive this call by a moment.
    guard let sink = downstream else { preconditionFailure("BlockPipeline.finish() called twice") }
    downstream = nil
    return sink
  }

  private func enqueue(_ message: Message, weight: Int) throws {
    condition.lock()
    defer { condition.unlock() }
    while failure == nil, !queue.isEmpty, queuedWeight + weight > capacity { condition.wait() }
    if let failure { throw failure }
    queue.append(message)
    queuedWeight += weight
    condition.broadcast()
  }

  /// The worker: applies each message to the downstream sink until `end`, a failure or `finish()`.
  private func work() {
    var pending: [Message] = []
    while true {
      condition.lock()
      while queue.isEmpty, !cancelled { condition.wait() }
      if cancelled {  // the reader stopped before `end`: what is queued is dropped
        queue.removeAll()
        workerDone = true
        condition.broadcast()
        condition.unlock()
        return
      }
      swap(&pending, &queue)
      queuedWeight = 0
      condition.broadcast()
      condition.unlock()
      var reachedEnd = false
      do {
        for message in pending {
          switch message {
          case .begin(let head): try downstream?.begin(head)
          case .add(let block, _): try downstream?.add(block)
          case .end(let rest):
            try downstream?.end(rest)
            reachedEnd = true
          }
        }
      } catch {
        condition.lock()
        failure = error
        workerDone = true
        condition.broadcast()
        condition.unlock()
        return
      }
      pending.removeAll(keepingCapacity: true)
      if reachedEnd {
        condition.lock()
        workerDone = true
        condition.broadcast()
        condition.unlock()
        return
      }
    }
  }

  /// The cells of a block, nested tables included: what it weighs in the queue.
  private static func cellCount(_ block: Block) -> Int {
    guard case .table(let table) = block else { return 0 }
    var count = 0
    for row in table.rows {
      count += row.cells.count
      for cell in row.cells {
        for nested in cell.blocks ?? [] { count += cellCount(nested) }
      }
    }
    return count
  }
}
