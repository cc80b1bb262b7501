import Foundation
import Testing
import _TwinTestSupport

/// `explore` as a user meets it: the page of a sweep folder, where it goes, and the exit
/// statuses and messages for folders it cannot show (usage mistakes: CommandLineTests).
@Suite struct ExploreCommandTests {
  let fixture = packageRoot.appendingPathComponent("Tests/TwinReportsTests/Fixtures/explorer/grid").path

  @Test func aSweepFolderGetsItsPageWhereTheOptionSays() throws {
    try withTemporaryDirectory { directory in
      let html = directory.appendingPathComponent("page.html")
      let explore = try execute("community-twin", ["explore", fixture, "--html", html.path])
      #expect(explore.status == 0, "\(explore.stderr)")
      #expect(explore.stdout == "explorer-grid: 6 of 6 points (12 of 12 runs), 2 parameters, 5 metrics.\n")
      #expect(explore.stderr.contains("Wrote \(html.path)"))
      let page = try #require(FileManager.default.contents(atPath: html.path))
      #expect(String(decoding: page, as: UTF8.self).hasPrefix("<!DOCTYPE html>"))
    }
  }

  @Test func langZhWritesTheChinesePage() throws {
    try withTemporaryDirectory { directory in
      let html = directory.appendingPathComponent("page.html")
      let explore = try execute("community-twin", ["explore", fixture, "--html", html.path, "--lang", "zh"])
      #expect(explore.status == 0, "\(explore.stderr)")
      let page = String(decoding: try #require(FileManager.default.contents(atPath: html.path)), as: UTF8.self)
      #expect(page.contains("<html lang=\"zh-Hans\">") && page.contains("参数扫描浏览：explorer-grid"))
    }
  }

  @Test func theDefaultPageGoesIntoTheSweepFolder() throws {
    try withTemporaryDirectory { directory in
      for name in ["manifest.json", "runs.jsonl"] {
        try FileManager.default.copyItem(
          atPath: fixture + "/" + name, toPath: directory.appendingPathComponent(name).path)
      }
      let explore = try execute("community-twin", ["explore", directory.path + "/"])
      #expect(explore.status == 0, "\(explore.stderr)")
      #expect(FileManager.default.fileExists(atPath: directory.appendingPathComponent("explorer.html").path))
    }
  }

  @Test func aFolderThatIsNoSweepOrHasNoRunsExits65() throws {
    try withTemporaryDirectory { directory in
      let notSweep = try execute("community-twin", ["explore", directory.path])
      #expect(notSweep.status == 65)
      #expect(notSweep.stderr.contains("\(directory.path): not the output folder of a sweep: it has no manifest.json"))
      try FileManager.default.copyItem(
        atPath: fixture + "/manifest.json", toPath: directory.appendingPathComponent("manifest.json").path)
      let noRuns = try execute("community-twin", ["explore", directory.path])
      #expect(noRuns.status == 65)
      #expect(noRuns.stderr.contains("runs.jsonl: no finished run yet"), "\(noRuns.stderr)")
      #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("explorer.html").path))
    }
  }

  /// A missing folder is created; a folder that cannot be (its parent is a file) exits 73
  /// naming it.
  @Test func aPageInAMissingFolderIsWrittenAndAnImpossibleOneExits73() throws {
    try withTemporaryDirectory { directory in
      let nested = directory.appendingPathComponent("new/folder/page.html")
      let written = try execute("community-twin", ["explore", fixture, "--html", nested.path])
      #expect(written.status == 0, "\(written.stderr)")
      #expect(FileManager.default.fileExists(atPath: nested.path))

      let file = directory.appendingPathComponent("a-file")
      try Data("x".utf8).write(to: file)
      let page = file.appendingPathComponent("page.html").path
      let explore = try execute("community-twin", ["explore", fixture, "--html", page])
      #expect(explore.status == 73)
      #expect(explore.stderr.contains(file.path), "\(explore.stderr)")
    }
  }
}
