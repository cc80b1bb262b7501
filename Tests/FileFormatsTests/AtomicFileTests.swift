import FileFormats
import Foundation
import Testing
import _TwinTestSupport

@Suite struct AtomicFileTests {
  @Test func writesReplacesAndLeavesNoTemporaryFiles() throws {
    let directory = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let url = directory.appendingPathComponent("out.txt")
    try AtomicFile.write(Data("first\n".utf8), to: url)
    try AtomicFile.write(Data("second\n".utf8), to: url)
    #expect(try String(contentsOf: url, encoding: .utf8) == "second\n")
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["out.txt"])
  }

  @Test func aFailedWriteNamesThePathAndTheReasonAndLeavesNothing() throws {
    let directory = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let missing = directory.appendingPathComponent("no-such-folder/out.txt")
    #expect {
      try AtomicFile.write(Data("x".utf8), to: missing)
    } throws: { error in
      let description = String(describing: error)
      return description.contains(missing.path) && description.contains("No such file or directory")
    }
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).isEmpty)
  }

  @Test func createDirectoryMakesParentsAndRejectsAFileInTheWay() throws {
    let directory = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let nested = directory.appendingPathComponent("a/b/c")
    try AtomicFile.createDirectory(nested)
    try AtomicFile.createDirectory(nested)
    var isDirectory: ObjCBool = false
    #expect(FileManager.default.fileExists(atPath: nested.path, isDirectory: &isDirectory) && isDirectory.boolValue)

    let file = directory.appendingPathComponent("plain")
    try AtomicFile.write(Data(), to: file)
    #expect(throws: OutputWriteError(path: file.path, reason: "exists and is not a directory")) {
      try AtomicFile.createDirectory(file.appendingPathComponent("sub"))
    }
  }
}
