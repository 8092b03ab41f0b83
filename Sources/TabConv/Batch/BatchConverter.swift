import Dispatch
import Foundation

/// Converts many files in parallel, each through the same checked path as a single conversion,
/// keeping going past bad files.
///
/// Each item is read, checked and written on its own (atomically, as `AtomicFile` writes), so a
/// failing item never harms the others. Items are taken from a shared queue by `jobs` workers.
public struct BatchConverter: Sendable {
  /// One input that could not be converted.
  public struct Failure: Sendable, Equatable {
    /// The input file.
    public var input: String
    /// The one-line error (`file: place: reason`).
    public var message: String
    /// The error's category (its exit status in the tool).
    public var category: ErrorCategory
  }

  /// How a batch went.
  public struct Summary: Sendable {
    /// How many inputs were converted.
    public var converted: Int
    /// The inputs that failed, in plan order.
    public var failures: [Failure]
    /// Wall-clock seconds.
    public var seconds: Double
  }

  /// The output format.
  public var target: Format
  /// How inputs are read.
  public var readOptions: ReadOptions
  /// How outputs are written.
  public var writeOptions: WriteOptions
  /// How many conversions run at once.
  public var jobs: Int

  /// Creates a batch converter.
  public init(target: Format, readOptions: ReadOptions = .init(), writeOptions: WriteOptions = .init(), jobs: Int) {
    self.target = target
    self.readOptions = readOptions
    self.writeOptions = writeOptions
    self.jobs = max(1, jobs)
  }

  /// Runs a plan.
  ///
  /// - Parameters:
  ///   - plan: The conversions.
  ///   - progress: Called after each item with (done, total), from worker threads.
  /// - Returns: The summary.
  public func run(_ plan: BatchPlan, progress: @escaping @Sendable (Int, Int) -> Void = { _, _ in }) -> Summary {
    let started = DispatchTime.now()
    let state = SharedState(count: plan.items.count)
    let workers = min(jobs, max(plan.items.count, 1))
    DispatchQueue.concurrentPerform(iterations: workers) { _ in
      while let index = state.nextIndex() {
        let item = plan.items[index]
        let failure = convert(item)
        let done = state.finish(index, failure: failure)
        progress(done, plan.items.count)
      }
    }
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9
    let failures = state.failures
    return Summary(converted: plan.items.count - failures.count, failures: failures, seconds: seconds)
  }

  private func convert(_ item: BatchPlan.Item) -> Failure? {
    do {
      let bytes = try InputFile.read(item.input)
      let document = try DocumentLoader.load(bytes: bytes, file: item.input, options: readOptions)
      let output = try FormatRegistry.write(document, as: target, options: writeOptions)
      try FileManager.default.createDirectory(
        at: URL(fileURLWithPath: item.output).deletingLastPathComponent(), withIntermediateDirectories: true)
      try AtomicFile.write(output, to: item.output, protecting: [item.input])
      return nil
    } catch let error as any TabConvError {
      return Failure(input: item.input, message: error.description, category: error.category)
    } catch {
      return Failure(input: item.input, message: "\(item.input): \(error)", category: .ioFailure)
    }
  }

  /// The queue position and the results, shared by the workers behind a lock.
  private final class SharedState: @unchecked Sendable {
    private let lock = NSLock()
    private var next = 0
    private var done = 0
    private let count: Int
    private var failed: [Int: Failure] = [:]

    init(count: Int) { self.count = count }

    func nextIndex() -> Int? {
      lock.lock()
      defer { lock.unlock() }
      guard next < count else { return nil }
      next += 1
      return next - 1
    }

    func finish(_ index: Int, failure: Failure?) -> Int {
      lock.lock()
      defer { lock.unlock() }
      if let failure { failed[index] = failure }
      done += 1
      return done
    }

    var failures: [Failure] {
      lock.lock()
      defer { lock.unlock() }
      return failed.keys.sorted().compactMap { failed[$0] }
    }
  }
}
