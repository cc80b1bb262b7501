import Foundation

/// Locale-free number formatting for reports: the same digits on every machine, so snapshots
/// are stable byte for byte and a number reads the same in a chart, a table and a sentence.
///
/// Thousands are grouped with `,`, the decimal mark is `.`, negatives take the minus sign `−`
/// (U+2212) and a value that rounds to zero is never written `−0`.
public enum NumberText {
  /// The most decimals any report number shows.
  public static let maximumDecimals = 4

  /// `value` rounded to `decimals` places (0 ... ``maximumDecimals``), grouped; `–` for NaN
  /// and ±∞ (nothing to show). O(digits).
  public static func fixed(_ value: Double, decimals: Int) -> String {
    guard value.isFinite else { return "–" }
    let places = min(max(decimals, 0), maximumDecimals)
    var factor = 1.0
    for _ in 0..<places { factor *= 10 }
    let scaled = (abs(value) * factor).rounded()
    guard scaled < 9.0e15 else { return (value < 0 ? "−" : "") + "\(abs(value))" }
    let units = UInt64(scaled)
    let power = UInt64(factor)
    let whole = grouped(units / power)
    var text = whole
    if places > 0 {
      let fraction = String(units % power)
      text += "." + String(repeating: "0", count: places - fraction.count) + fraction
    }
    return units == 0 || value >= 0 ? text : "−" + text
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

  /// The decimals that show every one of `values` with at least two significant digits and the
  /// largest with about three: `[45.2, 4.02]` → 1, `[0.0123]` → 4, `[12_345]` → 0. Zeros and
  /// non-finite values are ignored; 0 when nothing is left. O(n).
  public static func decimals(for values: [Double]) -> Int {
    let magnitudes = values.filter { $0.isFinite && $0 != 0 }.map { abs($0) }
    guard let largest = magnitudes.max(), let smallest = magnitudes.min() else { return 0 }
    let forLargest = 2 - exponent(largest)
    let forSmallest = 1 - exponent(smallest)
    return min(max(forLargest, forSmallest, 0), maximumDecimals)
  }

  /// ⌊log10 |x|⌋ for finite non-zero `x`, exact at powers of ten. O(1).
  package static func exponent(_ x: Double) -> Int {
    let magnitude = abs(x)
    var e = Int(log10(magnitude).rounded(.down))
    // Correct the floating-point estimate at the boundaries (log10(1000) may give 2.9999…).
    if pow(10, Double(e + 1)) <= magnitude { e += 1 } else if pow(10, Double(e)) > magnitude { e -= 1 }
    return e
  }

  /// A whole number with `,` between groups of three digits. O(digits).
  package static func grouped(_ n: UInt64) -> String {
    let digits = Array(String(n))
    var out = ""
    for (i, digit) in digits.enumerated() {
      if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
      out.append(digit)
    }
    return out
  }
}
