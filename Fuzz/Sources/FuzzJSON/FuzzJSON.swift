import FuzzSupport
import TabConv

// Fuzzes the reader of tabconv's canonical JSON (JSON parser, document reader, schema check) and, through it, every writer.

@_cdecl("FuzzJSON_main")
public func main(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
  FuzzDriver.run(argc, argv, fuzz)
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
  let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
  FuzzOracle.load(bytes, as: .json)
  return 0
}
