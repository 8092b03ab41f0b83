import CLibFuzzer
import TabConv

/// Starts libFuzzer from a target's entry point.
public enum FuzzDriver {
  /// Runs libFuzzer's driver with the program's arguments and the target's test function.
  public static func run(
    _ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?,
    _ test: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
  ) -> Int32 {
    var count = argc
    var arguments = argv
    return LLVMFuzzerRunDriver(&count, &arguments, test)
  }
}

/// Runs once before fuzzing: builds what tabconv builds once per process (the compiled published
/// schema, libxml2's globals), so libFuzzer's leak check, which looks at one input at a time,
/// does not count them.
@_cdecl("LLVMFuzzerInitialize")
public func initialize(
  _ argc: UnsafeMutablePointer<Int32>?, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>?
) -> Int32 {
  for (format, bytes) in [(Format.tika, Array("a\n".utf8)), (.csv, Array("a\n".utf8)), (.docx, [])] {
    _ = try? DocumentLoader.load(bytes: bytes, file: "warm-up", format: format)
  }
  return 0
}
