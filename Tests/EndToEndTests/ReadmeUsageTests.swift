import Foundation
import Testing

@testable import community_twin

/// The README's usage block stays in step with the tables.
@Suite struct ReadmeUsageTests {
  @Test func theReadmesUsageLinesListEveryOptionOfEveryCommand() throws {
    let readme = try String(contentsOf: packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
    let start = try #require(readme.range(of: "## Using it\n\n```sh\n"))
    let block = readme[start.upperBound...].prefix { $0 != "`" }
    let lines = block.split(separator: "\n")
    for spec in CommunityTwin.program.specs {
      // The command's line and its continuation lines (indented).
      let head = try #require(lines.firstIndex { $0.hasPrefix("community-twin \(spec.name) ") }, "\(spec.name)")
      let usage = ([lines[head]] + lines[(head + 1)...].prefix { $0.hasPrefix(" ") }).joined(separator: " ")
      let positional = spec.positional.map { $0.arity == .optional ? "[\($0.placeholder)]" : $0.placeholder }
      #expect(usage.hasPrefix("community-twin \(spec.name) \(positional ?? "")"))
      // `compare BASE OTHER... [the same options] [--cost-metric KEY] …`: the experiment
      // options, which run and compare share, then the options of its own, each listed.
      if let shared = usage.range(of: "[the same options]") {
        let runOptions = ExperimentTable.options.map(\.spec.name)
        #expect(Array(spec.options.map(\.name).prefix(runOptions.count)) == runOptions)
        for option in spec.options.dropFirst(runOptions.count) {
          #expect(usage[shared.upperBound...].contains("[\(option.usage)]"), "\(spec.name): \(option.usage)")
        }
        continue
      }
      for option in spec.options {
        #expect(usage.contains(option.isRequired ? option.usage : "[\(option.usage)]"), "\(spec.name): \(option.usage)")
      }
    }
  }
}
