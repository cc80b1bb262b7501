/// "Did you mean …?" suggestions for misspelt keys and names: scenario and sweep files' keys
/// and ids (ScenarioFiles), commands, options and choices on the command line (TwinCommandLine).
package enum EditDistance {
  /// Levenshtein distance between `a` and `b` (insertions, deletions, substitutions of
  /// characters, each costing 1).
  /// - Complexity: O(|a| × |b|) time, O(|b|) space.
  package static func between(_ a: String, _ b: String) -> Int {
    let a = Array(a)
    let b = Array(b)
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      for j in 1...b.count {
        let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
        current[j] = min(substitution, previous[j] + 1, current[j - 1] + 1)
      }
      swap(&previous, &current)
    }
    return previous[b.count]
  }

  /// The candidate closest to `word` if it is within `maxDistance` edits (ties go to the
  /// earlier candidate); compares case-insensitively, so `Days` suggests `days`.
  /// - Complexity: O(candidates × |word| × |candidate|).
  package static func closest(to word: String, in candidates: [String], maxDistance: Int = 2) -> String? {
    var best: (candidate: String, distance: Int)?
    for candidate in candidates {
      let distance = between(word.lowercased(), candidate.lowercased())
      if distance <= maxDistance, distance < (best?.distance ?? .max) { best = (candidate, distance) }
    }
    return best?.candidate
  }

  /// `"; did you mean 'x'?"` when there is a close candidate, else `""`.
  package static func suggestion(for word: String, in candidates: [String]) -> String {
    closest(to: word, in: candidates).map { "; did you mean '\($0)'?" } ?? ""
  }
}
