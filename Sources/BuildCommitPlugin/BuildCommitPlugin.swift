import Foundation
import PackagePlugin

/// Generates `BuildCommit.swift` (the git commit the target is built from) for the target it
/// is applied to, with this package's `twin-build-commit` tool: no third-party code, no
/// network, and no `git` executable — the tool reads the files under `.git` itself.
///
/// The command's inputs are the repository's `HEAD`, the branch file it names and
/// `packed-refs`, so a build after a commit or a checkout regenerates the file (recompiling
/// only the target it is applied to). Without a `.git` (a source archive) there are no inputs
/// and no repository to pass: the file is generated once and says `unknown`. Uncommitted
/// changes are not detected (Docs/architecture.md, Provenance).
@main struct BuildCommitPlugin: BuildToolPlugin {
  func createBuildCommands(context: PluginContext, target: Target) async throws -> [Command] {
    let output = context.pluginWorkDirectoryURL.appending(path: "BuildCommit.swift")
    let repository = GitRepository(package: context.package.directoryURL)
    return [
      .buildCommand(
        displayName: "Recording the git commit of \(target.name)",
        executable: try context.tool(named: "twin-build-commit").url,
        arguments: [output.path()] + (repository.map { [$0.gitDirectory.path(), $0.commonDirectory.path()] } ?? []),
        inputFiles: repository?.headFiles ?? [], outputFiles: [output])
    ]
  }
}

/// Where a package's git repository keeps `HEAD` and the refs: `.git` itself, or for a
/// worktree the folder its `.git` file names (`gitdir:`) and the folder that folder's
/// `commondir` names.
struct GitRepository {
  var gitDirectory: URL
  var commonDirectory: URL

  /// The repository of the package at `package`, `nil` when it has no readable `HEAD`.
  init?(package: URL) {
    var git = package.appending(path: ".git")
    if let text = Self.read(git), text.hasPrefix("gitdir:") {
      git = Self.location(String(text.dropFirst("gitdir:".count)), relativeTo: package)
    }
    guard Self.read(git.appending(path: "HEAD")) != nil else { return nil }
    gitDirectory = git
    commonDirectory = Self.read(git.appending(path: "commondir")).map { Self.location($0, relativeTo: git) } ?? git
  }

  /// `HEAD`, the branch file it names and `packed-refs`: those that exist.
  var headFiles: [URL] {
    var files = [gitDirectory.appending(path: "HEAD"), commonDirectory.appending(path: "packed-refs")]
    if let head = Self.read(files[0]), head.hasPrefix("ref:") {
      files.append(commonDirectory.appending(path: head.dropFirst("ref:".count).trimmingCharacters(in: .whitespaces)))
    }
    return files.filter { FileManager.default.fileExists(atPath: $0.path()) }
  }

  /// The text of the file at `url` without surrounding white space; `nil` for a folder or a
  /// file that cannot be read.
  private static func read(_ url: URL) -> String? {
    (try? String(contentsOf: url, encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines)
  }

  /// `path` (trimmed) as a URL, relative to `base` unless absolute.
  private static func location(_ path: String, relativeTo base: URL) -> URL {
    let path = path.trimmingCharacters(in: .whitespacesAndNewlines)
    return path.hasPrefix("/") ? URL(filePath: path) : base.appending(path: path)
  }
}
