// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "tabconv",
  products: [
    .library(name: "TabConv", targets: ["TabConv"]),
    .executable(name: "tabconv", targets: ["tabconv"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/apple/swift-crypto", "3.12.3"..<"4.0.0"),
  ],
  targets: [
    .systemLibrary(
      name: "CZip",
      pkgConfig: "libzip",
      providers: [.apt(["libzip-dev"])]
    ),
    .systemLibrary(
      name: "CLibXML2",
      pkgConfig: "libxml-2.0",
      providers: [.apt(["libxml2-dev"])]
    ),
    .target(
      name: "TabConv",
      dependencies: [
        "CZip",
        "CLibXML2",
        .product(name: "Crypto", package: "swift-crypto"),
      ]
    ),
    .executableTarget(
      name: "tabconv",
      dependencies: [
        "TabConv",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    // Reader throughput in one process (Benchmarks/bench.py); not part of the product.
    .executableTarget(
      name: "tabconv-read-bench",
      dependencies: ["TabConv"],
      path: "Benchmarks/ReadThroughput"
    ),
    .testTarget(
      name: "TabConvTests",
      dependencies: ["TabConv"],
      // Fixtures are read from the source tree by path, not bundled.
      exclude: ["Fixtures"]
    ),
  ]
)
