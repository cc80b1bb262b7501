/// The rule for a scenario's `name`, which names its output folder (`results/<name>`): what is
/// allowed, and how a name is made from free text (a folder name, a district's name in Chinese).
///
/// A name may hold any Unicode letters (with their combining marks) and decimal digits, plus
/// `.`, `_` and `-`: `baseline`, `和平街道`, `Straße-2026`. It is never `.` or `..`, and never
/// holds a path separator, a control character, whitespace or other punctuation, so it is
/// always one safe path component. At most ``maximumLength`` characters.
package enum ScenarioName {
  /// The longest name, in characters (well under the 255 bytes a file name may take: 100
  /// Chinese characters are 300 bytes in UTF-8, so the cap is on characters, and the folder's
  /// own limit is checked when it is created).
  package static let maximumLength = 100

  /// The rule in words, for problems and the format reference.
  package static let allowed =
    "Unicode letters and digits plus '.', '_', '-' (no spaces, slashes or other punctuation), at most "
    + "\(maximumLength) characters, not \".\" or \"..\""

  /// Whether `name` follows the rule. O(length).
  package static func isValid(_ name: String) -> Bool {
    !name.isEmpty && name.count <= maximumLength && name != "." && name != ".."
      && name.unicodeScalars.allSatisfy(isAllowed)
  }

  /// A valid name made from `text`: every run of characters the rule does not allow becomes
  /// one `-`, leading and trailing `-` are dropped, and the result is cut to
  /// ``maximumLength`` characters; `fallback` when nothing is left. `和平街道 (2026)` →
  /// `和平街道-2026`. O(length).
  package static func derived(from text: String, fallback: String) -> String {
    var name = ""
    for character in text {
      if character.unicodeScalars.allSatisfy(isAllowed) {
        name.append(character)
      } else if !name.isEmpty, name.last != "-" {
        name.append("-")
      }
    }
    name = String(name.prefix(maximumLength))
    while name.last == "-" { name.removeLast() }
    return isValid(name) ? name : fallback
  }

  /// A letter, a combining mark, a decimal digit, or one of `.`, `_`, `-`.
  private static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.properties.generalCategory {
    case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter, .nonspacingMark,
      .spacingMark, .decimalNumber:
      true
    default:
      scalar == "." || scalar == "_" || scalar == "-"
    }
  }
}
