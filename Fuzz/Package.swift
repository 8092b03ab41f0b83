// swift-tools-version:6.0
// libFuzzer targets for tabconv's readers, built apart from the package. Each defines
// `LLVMFuzzerTestOneInput` and `<Module>_main`, the symbol SwiftPM aliases `main` to on Linux,
// which runs libFuzzer's driver (see Sources/CLibFuzzer):
//   swift build --package-path Fuzz --scratch-path .build-fuzz -c release \
//     -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library
// scripts/fuzz.sh builds and runs them.

import PackageDescription

let targets = ["FuzzTikaText", "FuzzCSV", "FuzzJSON", "FuzzDocxZip", "FuzzDocxXML"]

let package = Package(
  name: "TabConvFuzz",
  dependencies: [
    .package(name: "tabconv", path: "..")
  ],
  targets: [
    .target(name: "CLibFuzzer"),
    .target(name: "FuzzSupport", dependencies: ["CLibFuzzer", .product(name: "TabConv", package: "tabconv")]),
  ]
    + targets.map { name in
      .executableTarget(
        name: name, dependencies: ["FuzzSupport", .product(name: "TabConv", package: "tabconv")])
    }
)
