import Foundation
import Testing

/// Commands throw; only the `main.swift` files exit (the executables', and the build-time
/// tool's, `twin-build-commit`, which has no commands). A helper that called `exit(` would
/// skip the one place that prints the failure and picks its documented status.
@Suite struct ExitCallTests {
  @Test func onlyTheMainFilesCallExit() throws {
    let mains: Set = [
      "Sources/community-twin/main.swift", "Benchmarks/twin-bench/main.swift", "Sources/twin-build-commit/main.swift",
    ]
    var offenders: [String] = []
    for folder in ["Sources", "Benchmarks"] {
      let root = packageRoot.appendingPathComponent(folder)
      let files = try #require(FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil))
      var swiftFiles = 0
      for case let file as URL in files where file.pathExtension == "swift" {
        swiftFiles += 1
        let path = "\(folder)/\(file.path.dropFirst(root.path.count + 1))"
        guard !mains.contains(path) else { continue }
        let text = try String(contentsOf: file, encoding: .utf8)
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
        where line.contains("exit(") {
          offenders.append("\(path):\(number + 1): \(line)")
        }
      }
      #expect(swiftFiles > 5, "found no Swift files under \(folder)")
    }
    #expect(offenders.isEmpty, "exit( outside main.swift:\n\(offenders.joined(separator: "\n"))")
    for main in mains {
      #expect(try String(contentsOf: packageRoot.appendingPathComponent(main), encoding: .utf8).contains("exit("))
    }
  }
}
