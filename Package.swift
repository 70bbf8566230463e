// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Runway",
    // Synchronization's Mutex and Atomic, and String(validating:as:), need macOS 15.
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "runway", targets: ["runway"]),
        // The kernel, the model-kind contract and the experiment runner, for
        // a model kind written outside this repository (Examples/CoffeeCart).
        .library(name: "RunwayKit", targets: ["RunwayKit"]),
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
        // a gsl_rng_type, and a cache prefetch hint; and sched_getaffinity for --jobs.
        .target(name: "CSupport", dependencies: ["CGSL"]),
        .target(name: "SimulationKernel", dependencies: ["CGSL", "CSupport"]),
        // Benchmark models and the reference heap calendar (also the calendar tests' oracle).
        .target(name: "RunwayBenchmarks", dependencies: ["SimulationKernel"]),
        .target(name: "ModelSpec", dependencies: [
            "SimulationKernel",
            .product(name: "Yams", package: "Yams"),
        ]),
        // The contract between model kinds and experiments.
        .target(name: "ModelKit", dependencies: ["SimulationKernel", "ModelSpec"]),
        .target(name: "QueueingNetwork", dependencies: ["SimulationKernel", "ModelSpec", "ModelKit"]),
        .target(name: "LuxuryChannel", dependencies: ["SimulationKernel", "ModelSpec", "ModelKit"]),
        // Writes the terminal table and report.html through Report (which depends on nothing of Runway's).
        .target(name: "Experiments", dependencies: ["SimulationKernel", "ModelSpec", "ModelKit", "QueueingNetwork", "LuxuryChannel", "CSupport", "Report"]),
        .target(name: "RunwayKit", dependencies: ["SimulationKernel", "ModelSpec", "ModelKit", "Experiments"]),
        // Depends on RunwayKit's modules directly as well: a change in one of them
        // must rebuild the example, which an @_exported import alone does not trigger.
        .executableTarget(name: "coffee-cart-example",
                          dependencies: ["RunwayKit", "SimulationKernel", "ModelSpec", "ModelKit", "Experiments"],
                          path: "Examples/CoffeeCart",
                          exclude: ["cart.yaml", "coffee.yaml"]),
        // Planners' reading of results: number formatting, terminal and Markdown
        // tables, SVG charts and the HTML report. Foundation only.
        .target(name: "Report"),
        .executableTarget(name: "runway", dependencies: [
            "Experiments",
            "ModelKit",
            "ModelSpec",
            "RunwayBenchmarks",
            "LuxuryChannel",
            "Report",
            "QueueingNetwork",
            "SimulationKernel",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .testTarget(name: "SimulationKernelTests", dependencies: ["SimulationKernel", "RunwayBenchmarks", "CGSL"]),
        .testTarget(name: "QueueingNetworkTests", dependencies: ["QueueingNetwork", "Experiments", "SimulationKernel", "ModelSpec", "ModelKit"]),
        .testTarget(name: "ExperimentsTests", dependencies: ["Experiments", "QueueingNetwork", "ModelSpec", "SimulationKernel", "ModelKit", "Report"]),
        .testTarget(name: "ReportTests", dependencies: ["Report"]),
        .testTarget(name: "ModelSpecTests", dependencies: ["ModelSpec", "SimulationKernel"]),
        .testTarget(name: "LuxuryChannelTests", dependencies: ["LuxuryChannel", "QueueingNetwork", "Experiments", "ModelSpec", "SimulationKernel", "ModelKit"]),
    ]
)
