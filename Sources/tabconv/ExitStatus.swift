import ArgumentParser
import TabConv

/// The one mapping from an error's category to the exit status (sysexits.h; 1 for a refused check).
enum ExitStatus {
  static func code(for category: ErrorCategory) -> Int32 {
    switch category {
    case .refusedByCheck: 1
    case .usage: 64
    case .badInput: 65
    case .cannotOpenInput: 66
    case .internalFailure: 70
    case .cannotCreateOutput: 73
    case .ioFailure: 74
    }
  }

  /// Prints `tabconv: <message>` on standard error and returns the exit code to end with.
  static func report(_ error: any TabConvError) -> ExitCode {
    StandardError.print("tabconv: \(error.description)")
    return ExitCode(code(for: error.category))
  }
}
