/// The string literals of Swift source text, as the compiler sees them: comments are skipped,
/// escapes kept as written, and each interpolation `\(…)` replaced by one NUL character (the
/// code inside is scanned for literals of its own). Handles multi-line (`"""`) and raw
/// (`#"…"#`) literals and nested block comments; enough for the package's own sources, not a
/// full Swift lexer (regex literals are not recognised). O(length).
struct SwiftStringLiterals {
  struct Literal: Equatable {
    /// 1-based line of the opening quote.
    var line: Int
    var text: String
  }

  private(set) var literals: [Literal] = []
  private let bytes: [UInt8]
  private var i = 0
  private var line = 1

  init(_ source: String) {
    bytes = Array(source.utf8)
    scanCode(untilClosingParenthesis: false)
  }

  private func byte(at k: Int) -> UInt8? { k < bytes.count ? bytes[k] : nil }

  private func starts(with text: String, at k: Int) -> Bool {
    let pattern = Array(text.utf8)
    return k + pattern.count <= bytes.count && Array(bytes[k..<k + pattern.count]) == pattern
  }

  private mutating func advance(_ n: Int = 1) {
    for _ in 0..<n where i < bytes.count {
      if bytes[i] == UInt8(ascii: "\n") { line += 1 }
      i += 1
    }
  }

  /// Code up to the end, or up to the `)` that closes an interpolation.
  private mutating func scanCode(untilClosingParenthesis: Bool) {
    var depth = 0
    while let b = byte(at: i) {
      if starts(with: "//", at: i) {
        while let c = byte(at: i), c != UInt8(ascii: "\n") { advance() }
      } else if starts(with: "/*", at: i) {
        var nesting = 0
        repeat {
          if starts(with: "/*", at: i) {
            nesting += 1
            advance(2)
          } else if starts(with: "*/", at: i) {
            nesting -= 1
            advance(2)
          } else {
            advance()
          }
        } while nesting > 0 && i < bytes.count
      } else if b == UInt8(ascii: "\"") || b == UInt8(ascii: "#") {
        var hashes = 0
        while byte(at: i + hashes) == UInt8(ascii: "#") { hashes += 1 }
        if byte(at: i + hashes) == UInt8(ascii: "\"") { scanLiteral(hashes: hashes) } else { advance(max(hashes, 1)) }
      } else if b == UInt8(ascii: "(") {
        depth += 1
        advance()
      } else if b == UInt8(ascii: ")") {
        advance()
        if untilClosingParenthesis && depth == 0 { return }
        depth -= 1
      } else {
        advance()
      }
    }
  }

  /// A literal whose opening quote (after `hashes` #s) is at the cursor.
  private mutating func scanLiteral(hashes: Int) {
    let startLine = line
    let marks = String(repeating: "#", count: hashes)
    let multiline = starts(with: marks + "\"\"\"", at: i)
    let closing = (multiline ? "\"\"\"" : "\"") + marks
    let escape = "\\" + marks
    advance(hashes + (multiline ? 3 : 1))
    var text: [UInt8] = []
    while i < bytes.count, !starts(with: closing, at: i) {
      if starts(with: escape + "(", at: i) {
        advance(escape.utf8.count + 1)
        scanCode(untilClosingParenthesis: true)
        text.append(0)
      } else if starts(with: escape, at: i) {
        text += Array(bytes[i..<min(i + escape.utf8.count + 1, bytes.count)])
        advance(escape.utf8.count + 1)
      } else {
        text.append(bytes[i])
        advance()
      }
    }
    advance(closing.utf8.count)
    literals.append(Literal(line: startLine, text: String(decoding: text, as: UTF8.self)))
  }
}
