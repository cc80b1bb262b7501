/// How many columns of a monospaced terminal a text occupies, for aligning the terminal
/// tables: a Chinese character or full-width punctuation mark takes two columns, a Latin
/// letter one, a combining mark none. `String.count` counts characters, so a column of
/// Chinese labels padded by count would come out ragged.
///
/// The wide ranges are those of Unicode's East Asian Width property (UAX #11, values W and
/// F) that a table of this project can hold: Hangul Jamo and syllables, CJK radicals,
/// symbols and punctuation (`、`, `。`, `「`), hiragana, katakana, bopomofo, CJK
/// ideographs (the unified block, its extensions and compatibility ideographs), Yi, the CJK
/// compatibility forms and the full-width forms (`，`, `：`, `（`, `Ａ`). Everything else
/// counts as one column (ambiguous-width characters such as `×` and `±` too, as terminals in
/// a non-East-Asian locale show them), except combining marks, format and control characters,
/// which take none. Emoji are not covered (scenario names cannot hold them).
///
/// Width is counted per character (grapheme cluster): its first scalar's width, so a letter
/// with combining accents takes the letter's columns.
public enum DisplayWidth {
  /// The columns `text` occupies. O(length).
  public static func of(_ text: some StringProtocol) -> Int {
    text.reduce(0) { $0 + of($1) }
  }

  /// The columns one character occupies: 0, 1 or 2.
  public static func of(_ character: Character) -> Int {
    guard let first = character.unicodeScalars.first else { return 0 }
    switch first.properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .format, .control: return 0
    default: return isWide(first) ? 2 : 1
    }
  }

  /// `text` followed by spaces up to `width` columns (unchanged if already as wide).
  public static func leftAligned(_ text: String, in width: Int) -> String {
    text + String(repeating: " ", count: max(0, width - of(text)))
  }

  /// Spaces up to `width` columns, then `text` (unchanged if already as wide).
  public static func rightAligned(_ text: String, in width: Int) -> String {
    String(repeating: " ", count: max(0, width - of(text))) + text
  }

  /// Whether `scalar` is East Asian Wide or Full-width in the ranges above.
  static func isWide(_ scalar: Unicode.Scalar) -> Bool {
    wideRanges.contains { $0.contains(scalar.value) }
  }

  /// The wide ranges, in code point order.
  private static let wideRanges: [ClosedRange<UInt32>] = [
    0x1100...0x115F,  // Hangul Jamo, leading consonants
    0x2E80...0x303E,  // CJK radicals, Kangxi radicals, ideographic description, CJK symbols and punctuation
    0x3041...0x33FF,  // hiragana, katakana, bopomofo, Hangul compatibility Jamo, kanbun, CJK strokes, enclosed CJK
    0x3400...0x4DBF,  // CJK unified ideographs extension A
    0x4E00...0x9FFF,  // CJK unified ideographs
    0xA000...0xA4CF,  // Yi syllables and radicals
    0xA960...0xA97F,  // Hangul Jamo extended A
    0xAC00...0xD7A3,  // Hangul syllables
    0xF900...0xFAFF,  // CJK compatibility ideographs
    0xFE10...0xFE19,  // vertical forms
    0xFE30...0xFE6F,  // CJK compatibility forms, small form variants
    0xFF00...0xFF60,  // full-width ASCII forms and full-width brackets
    0xFFE0...0xFFE6,  // full-width signs (￥, ￡)
    0x1_B000...0x1_B16F,  // kana supplement and extended
    0x2_0000...0x2_FFFD,  // CJK ideographs, supplementary plane
    0x3_0000...0x3_FFFD,  // CJK ideographs, tertiary plane
  ]
}
