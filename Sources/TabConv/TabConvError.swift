/// The broad kinds of failure, each with its own exit status in the command-line tool.
public enum ErrorCategory: Sendable, Equatable {
  /// The input's bytes are not valid for its format (sysexits `EX_DATAERR`, 65).
  case badInput
  /// The input cannot be opened or read (`EX_NOINPUT`, 66).
  case cannotOpenInput
  /// The output cannot be created (`EX_CANTCREAT`, 73).
  case cannotCreateOutput
  /// Reading or writing failed part way (`EX_IOERR`, 74).
  case ioFailure
  /// The options asked for something impossible (`EX_USAGE`, 64).
  case usage
  /// The check refused a conversion (exit 1).
  case refusedByCheck
  /// A bug in tabconv (`EX_SOFTWARE`, 70).
  case internalFailure
}

/// An error tabconv reports: a reason, the place it was found, and its category.
///
/// Each stage has its own error type; they share this protocol so the tool renders
/// every one the same way, as one line: `file: place: reason`.
public protocol TabConvError: Error, CustomStringConvertible, Sendable {
  /// Where the problem was found.
  var location: SourceLocation { get }
  /// What was found and what was expected, in lower case.
  var reason: String { get }
  /// Which kind of failure this is.
  var category: ErrorCategory { get }
}

extension TabConvError {
  /// The one-line message: `file: place: reason`; line breaks and other controls that came
  /// from the input (a file name, a JSON member name, a zip entry name) are shown escaped.
  public var description: String { (location.messagePrefix + reason).oneLine }
}
