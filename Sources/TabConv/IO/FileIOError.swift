/// Why a file could not be read or written.
public struct FileIOError: TabConvError {
  /// The kinds of problem.
  public enum Kind: Sendable, Equatable {
    /// The input cannot be opened (missing, unreadable, a directory).
    case cannotOpen(String)
    /// The output cannot be created where asked.
    case cannotCreate(String)
    /// Reading or writing failed part way.
    case failed(String)
    /// The output path is the input: tabconv never overwrites its input.
    case outputIsInput
  }

  public var kind: Kind
  public var location: SourceLocation

  public var category: ErrorCategory {
    switch kind {
    case .cannotOpen: .cannotOpenInput
    case .cannotCreate: .cannotCreateOutput
    case .failed: .ioFailure
    case .outputIsInput: .usage
    }
  }

  public var reason: String {
    switch kind {
    case .cannotOpen(let why): "cannot open: \(why)"
    case .cannotCreate(let why): "cannot create: \(why)"
    case .failed(let why): why
    case .outputIsInput: "the output is the input file; tabconv never overwrites its input"
    }
  }
}
