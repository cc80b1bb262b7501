import Foundation

/// The one number formatter for people: every number a report, a terminal table, a findings
/// sentence or a progress line shows goes through ``fixed(_:decimals:style:)``, and the
/// number of decimals comes from one of the rules below. (Machine-read files use
/// ``JSONText/number(_:)`` and ``CSVText/number(_:)``, Swift's shortest round-trip form.)
///
/// Locale-free: the same digits on every machine, so snapshots are stable byte for byte. The
/// decimal mark is `.`; a value that rounds to zero is never written with a minus sign. The
/// ``Style`` chooses the minus sign, thousands grouping and an explicit plus.
///
/// **Rounding** works on the number as the output files write it, the shortest decimal that
/// reads back as the same `Double` (`41.15`), and rounds half away from zero: `41.15` shows as
/// `41.2`, `2.675` as `2.68`, `−0.125` as `−0.13`, as anyone checking a report against
/// `summary.json` by hand would round. (Rounding the binary value instead would show 41.1,
/// since the `Double` nearest 41.15 lies just below it.)
public enum NumberText {
  /// How a number is dressed once its digits are known.
  public struct Style: Hashable, Sendable {
    /// The minus sign: `−` (U+2212) for typeset pages, `-` for terminals and CSV readers.
    public var minus: String
    /// Whether the whole part is grouped in threes with `,` (from 1,000 up).
    public var groupsThousands: Bool
    /// Whether a positive value that does not round to zero gets a `+`.
    public var showsPlus: Bool
    /// What a NaN or infinite value shows as.
    public var missing: String
    /// Whether large amounts are written in Chinese myriads: from 100,000 in 万 (10⁴), from
    /// 10⁸ in 亿, to about four significant digits with trailing zeros dropped (`123.5万`,
    /// `2.3亿`, `10万`); smaller numbers are written as usual.
    public var usesMyriads: Bool

    public init(
      minus: String, groupsThousands: Bool, showsPlus: Bool = false, missing: String, usesMyriads: Bool = false
    ) {
      self.minus = minus
      self.groupsThousands = groupsThousands
      self.showsPlus = showsPlus
      self.missing = missing
      self.usesMyriads = usesMyriads
    }

    /// Reports and pages: `−1,234.5`, missing values `–`.
    public static let report = Style(minus: "−", groupsThousands: true, missing: "–")
    /// Chinese reports and pages: `−1234.5` below 100,000, then `−123.5万`, `2.3亿`; missing
    /// values `–`.
    public static let chineseReport = Style(minus: "−", groupsThousands: false, missing: "–", usesMyriads: true)
    /// Terminal tables: `-1,234.5` (ASCII), missing values `—`.
    public static let terminal = Style(minus: "-", groupsThousands: true, missing: "—")
    /// Chinese terminal tables: `-1234.5` (ASCII) below 100,000, then `-123.5万`, `2.3亿`;
    /// missing values `—`.
    public static let chineseTerminal = Style(minus: "-", groupsThousands: false, missing: "—", usesMyriads: true)
    /// Terminal columns of plain numbers: `-1234.5`, missing values `—`.
    public static let plain = Style(minus: "-", groupsThousands: false, missing: "—")

    /// This style with an explicit `+` on positive values.
    public var signed: Style {
      var style = self
      style.showsPlus = true
      return style
    }
  }

  /// The most decimals ``decimals(for:)`` and ``decimals(forHalfWidth:)`` choose.
  public static let maximumDecimals = 4

  /// `value` with `decimals` places (0 ... 17) in `style`; the style's missing mark for NaN
  /// and ±∞. O(digits).
  public static func fixed(_ value: Double, decimals: Int, style: Style = .report) -> String {
    guard value.isFinite else { return style.missing }
    let places = min(max(decimals, 0), 17)
    let (digits, point) = shortestDigits(abs(value))
    if style.usesMyriads, abs(value) >= 100_000 {
      // 万 from 10⁵, 亿 from 10⁸ (or when 万 would round up to 10,000万): the decimal point moved
      // exactly in the digits, about four significant digits but never more places than asked.
      for (shift, word) in [(4, "万"), (8, "亿")] where shift == 8 || abs(value) < 1e8 {
        let scaledPoint = point - shift
        let myriadPlaces = min(places + shift, max(0, 4 - scaledPoint))
        var text = laidOut(digits, point: scaledPoint, places: myriadPlaces, negative: value < 0, style: style)
        if myriadPlaces > 0 {
          while text.hasSuffix("0") { text.removeLast() }
          if text.hasSuffix(".") { text.removeLast() }
        }
        let whole = text.drop { !$0.isNumber }.prefix { $0.isNumber }
        if shift == 4 && whole.count > 4 { continue }
        return text + word
      }
    }
    return laidOut(digits, point: point, places: places, negative: value < 0, style: style)
  }

  /// The number with decimal `digits` and the point after `point` of them, rounded half away
  /// from zero to `places` decimals and dressed in `style` (its myriads aside). O(digits).
  private static func laidOut(_ digits: [UInt8], point: Int, places: Int, negative: Bool, style: Style) -> String {
    var (digits, point) = (digits, point)
    // Round half away from zero at `places` decimals: keep point + places digits.
    let kept = point + places
    if kept < 0 {
      digits = [0]
      point = 1
    } else if kept < digits.count {
      let roundsUp = digits[kept] >= 5
      digits.removeSubrange(kept...)
      if roundsUp { point += carryOne(into: &digits) }
    }
    // Lay the digits out around the decimal point, padding with zeros.
    if point <= 0 {
      digits.insert(contentsOf: repeatElement(0, count: 1 - point), at: 0)
      point = 1
    }
    let fractionEnd = point + places
    if digits.count < fractionEnd { digits.append(contentsOf: repeatElement(0, count: fractionEnd - digits.count)) }
    let text = { (slice: ArraySlice<UInt8>) in String(slice.map { Character(Unicode.Scalar($0 + 48)) }) }
    let whole = text(digits[..<point])
    let number =
      (style.groupsThousands ? grouped(whole) : whole) + (places > 0 ? "." + text(digits[point..<fractionEnd]) : "")
    if digits.allSatisfy({ $0 == 0 }) { return number }
    if negative { return style.minus + number }
    return style.showsPlus ? "+" + number : number
  }

  /// The decimal digits of the shortest representation of finite `magnitude` ≥ 0 (Swift's
  /// round-trip `description`) and the position of the decimal point: `41.15` → ([4, 1, 1,
  /// 5], 2); `1e-05` → ([1], −4); `0` → ([0], 1). O(digits).
  private static func shortestDigits(_ magnitude: Double) -> (digits: [UInt8], point: Int) {
    let text = magnitude.description
    let mantissa = text.prefix { $0 != "e" }
    let exponent = text.contains("e") ? Int(text.drop { $0 != "e" }.dropFirst())! : 0
    var digits: [UInt8] = []
    var point = 0
    for character in mantissa {
      if character == "." { point = digits.count } else { digits.append(character.asciiValue! - 48) }
    }
    if !mantissa.contains(".") { point = digits.count }
    // Drop leading zeros (0.0123 → 123 with the point moved left).
    while digits.count > 1, digits[0] == 0 {
      digits.removeFirst()
      point -= 1
    }
    return (digits, point + exponent)
  }

  /// Adds one unit in the last place of `digits`; returns 1 when a new leading digit appeared
  /// (9.99 → 10.00), else 0. O(digits).
  private static func carryOne(into digits: inout [UInt8]) -> Int {
    var i = digits.count - 1
    while i >= 0 {
      if digits[i] < 9 {
        digits[i] += 1
        return 0
      }
      digits[i] = 0
      i -= 1
    }
    digits.insert(1, at: 0)
    return 1
  }

  /// `value` (possibly missing) in `style`, with its missing mark for `nil`. O(digits).
  public static func fixed(_ value: Double?, decimals: Int, style: Style) -> String {
    guard let value else { return style.missing }
    return fixed(value, decimals: decimals, style: style)
  }

  /// `value` with ``decimals(for:)`` of itself. O(digits).
  public static func automatic(_ value: Double) -> String {
    fixed(value, decimals: decimals(for: [value]))
  }

  /// `value` as briefly as it can be read exactly to two decimals: `45`, `0.5`, `1,000`,
  /// `5.67` (for bin edges and sweep parameter values). O(digits).
  public static func short(_ value: Double) -> String {
    for places in 0...2 {
      var factor = 1.0
      for _ in 0..<places { factor *= 10 }
      if abs((value * factor).rounded() - value * factor) < 1e-9 * max(1, abs(value * factor)) {
        return fixed(value, decimals: places)
      }
    }
    return fixed(value, decimals: 2)
  }

  // MARK: - How many decimals

  /// The decimals that show every one of `values` with at least two significant digits and the
  /// largest with about three: `[45.2, 4.02]` → 1, `[0.0123]` → 4, `[12_345]` → 0. Zeros and
  /// non-finite values are ignored; 0 when nothing is left; at most ``maximumDecimals``. O(n).
  public static func decimals(for values: [Double]) -> Int {
    let magnitudes = values.filter { $0.isFinite && $0 != 0 }.map { abs($0) }
    guard let largest = magnitudes.max(), let smallest = magnitudes.min() else { return 0 }
    let forLargest = 2 - exponent(largest)
    let forSmallest = 1 - exponent(smallest)
    return min(max(forLargest, forSmallest, 0), maximumDecimals)
  }

  /// The decimals that show a 95 % interval's half-width `halfWidth` to two significant
  /// digits, 0 ... ``maximumDecimals`` (`3.37` → 1, `32` → 0, `0.0123` → 3); `nil` when the
  /// half-width is not a positive finite number. O(1).
  public static func decimals(forHalfWidth halfWidth: Double) -> Int? {
    guard halfWidth > 0, halfWidth.isFinite else { return nil }
    return min(max(1 - exponent(halfWidth), 0), maximumDecimals)
  }

  /// The decimals of a table row whose largest magnitude is `magnitude`: none from 1,000, three
  /// from 1, and three significant digits below 1 (0.612 → 3, 0.0123 → 4; at most 12); three
  /// when `magnitude` is 0 or not finite. O(1).
  public static func decimals(forMagnitude magnitude: Double) -> Int {
    guard magnitude.isFinite, magnitude > 0 else { return 3 }
    if magnitude >= 1000 { return 0 }
    if magnitude >= 1 { return 3 }
    return min(12, 2 - Int(log10(magnitude).rounded(.down)))
  }

  /// ⌊log10 |x|⌋ for finite non-zero `x`, exact at powers of ten. O(1).
  public static func exponent(_ x: Double) -> Int {
    let magnitude = abs(x)
    var e = Int(log10(magnitude).rounded(.down))
    // Correct the floating-point estimate at the boundaries (log10(1000) may give 2.9999…).
    if pow(10, Double(e + 1)) <= magnitude { e += 1 } else if pow(10, Double(e)) > magnitude { e -= 1 }
    return e
  }

  /// The digits of a whole number with `,` between groups of three. O(digits).
  static func grouped<S: StringProtocol>(_ digits: S) -> String {
    var out = ""
    for (i, digit) in digits.enumerated() {
      if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
      out.append(digit)
    }
    return out
  }
}
