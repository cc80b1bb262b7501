import Foundation

/// The commit a repository's `HEAD` points at, read from its files as git lays them out: a
/// detached `HEAD` holds the hash; otherwise `ref: refs/heads/…` names a loose ref file or a
/// line of `packed-refs`, both in the common folder (a worktree's refs are its main
/// repository's).
enum HeadCommit {
  /// The commit hash (40 hex digits, or 64 in a SHA-256 repository), or `nil`.
  static func resolve(gitDirectory: URL, commonDirectory: URL) -> String? {
    guard let head = read(gitDirectory.appending(path: "HEAD")) else { return nil }
    guard head.hasPrefix("ref:") else { return hash(head) }
    let ref = head.dropFirst("ref:".count).trimmingCharacters(in: .whitespaces)
    if let loose = read(commonDirectory.appending(path: ref)) { return hash(loose) }
    for line in (read(commonDirectory.appending(path: "packed-refs")) ?? "").split(separator: "\n") {
      let fields = line.split(separator: " ")
      if fields.count == 2 && fields[1] == ref { return hash(String(fields[0])) }
    }
    return nil
  }

  /// The file's text without surrounding white space, or `nil` when it cannot be read.
  private static func read(_ url: URL) -> String? {
    (try? String(contentsOf: url, encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines)
  }

  /// `text` if it is a commit hash: 40 or 64 lowercase hex digits.
  private static func hash(_ text: String) -> String? {
    (text.count == 40 || text.count == 64) && text.allSatisfy { $0.isHexDigit && !$0.isUppercase } ? text : nil
  }
}
