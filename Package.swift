// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Runway",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "runway", targets: ["runway"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CGSL",
            pkgConfig: "gsl",
            providers: [.apt(["libgsl-dev"])]
        ),
        // C the kernel needs: a 64-bit-seeded xoshiro256++ plugged into GSL as
        // a gsl_rng_type, and a cache prefetch hint.
        .target(name: "CSupport", dependencies: ["CGSL"]),
        .target(name: "SimulationKernel", dependencies: ["CGSL", "CSupport"]),
        .target(name: "ModelSpec", dependencies: [
            "SimulationKernel",
            .product(name: "Yams", package: "Yams"),
        ]),
        .target(name: "QueueingNetwork", dependencies: ["SimulationKernel", "ModelSpec", "CGSL", "CSupport"]),
        .target(name: "LuxuryChannel", dependencies: ["SimulationKernel", "ModelSpec", "CGSL", "CSupport"]),
        .target(name: "Experiments", dependencies: ["SimulationKernel", "ModelSpec", "QueueingNetwork", "LuxuryChannel"]),
        // Planners' reading of results: number formatting, terminal and Markdown
        // tables, SVG charts and the HTML report. Foundation only.
        .target(name: "Report"),
        .executableTarget(name: "runway", dependencies: [
            "Experiments",
            "LuxuryChannel",
            "Report",
            "QueueingNetwork",
            "SimulationKernel",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .testTarget(name: "SimulationKernelTests", dependencies: ["SimulationKernel", "CGSL"]),
        .testTarget(name: "QueueingNetworkTests", dependencies: ["QueueingNetwork", "Experiments", "SimulationKernel", "ModelSpec"]),
        .testTarget(name: "ExperimentsTests", dependencies: ["Experiments", "QueueingNetwork", "ModelSpec", "SimulationKernel"]),
        .testTarget(name: "ReportTests", dependencies: ["Report"]),
        .testTarget(name: "LuxuryChannelTests", dependencies: ["LuxuryChannel", "Experiments", "ModelSpec", "SimulationKernel"]),
    ]
)
