import Foundation

/// The one number formatter for people: every number a report, a terminal table, a findings
/// sentence or a progress line shows goes through ``fixed(_:decimals:style:)``, and the
/// number of decimals comes from one of the rules below. (Machine-read files use
/// ``JSONText/number(_:)`` and ``CSVText/number(_:)``, Swift's shortest round-trip form.)
///
/// Locale-free: the same digits on every machine, so snapshots are stable byte for byte. The
/// decimal mark is `.`; digits are the correctly rounded decimal expansion of the `Double`
/// (C's `%.*f`, ties to even on the exact binary value); a value that rounds to zero is never
/// written with a minus sign. The ``Style`` chooses the minus sign, thousands grouping and an
/// explicit plus.
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

    public init(minus: String, groupsThousands: Bool, showsPlus: Bool = false, missing: String) {
      self.minus = minus
      self.groupsThousands = groupsThousands
      self.showsPlus = showsPlus
      self.missing = missing
    }

    /// Reports and pages: `−1,234.5`, missing values `–`.
    public static let report = Style(minus: "−", groupsThousands: true, missing: "–")
    /// Terminal tables: `-1,234.5` (ASCII), missing values `—`.
    public static let terminal = Style(minus: "-", groupsThousands: true, missing: "—")
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
    let digits = String(format: "%.\(places)f", abs(value))
    let isZero = digits.allSatisfy { $0 == "0" || $0 == "." }
    let point = digits.firstIndex(of: ".") ?? digits.endIndex
    let whole = style.groupsThousands ? grouped(digits[..<point]) : String(digits[..<point])
    let text = whole + digits[point...]
    if isZero { return text }
    if value < 0 { return style.minus + text }
    return style.showsPlus ? "+" + text : text
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
