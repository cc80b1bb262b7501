import FileFormats
import Foundation
import ScenarioFiles

/// A linear axis with "nice" ticks (1, 2 or 5 × 10^k apart; Heckbert, "Nice numbers for graph
/// labels", Graphics Gems, 1990) covering a data range, and the tick labels' formatting.
///
/// Values above a million are labelled in millions (or billions) and ``unitPrefix`` says so,
/// for the axis title: "Money spent (million CNY)". On a Chinese axis (``language``) values
/// from 100,000 are labelled in 万 and from 10⁸ in 亿: "资金支出（万元）".
public struct AxisScale: Hashable, Sendable {
  /// The axis' ends [data unit]: the first and last tick.
  public var lower: Double
  public var upper: Double
  /// Distance between ticks [data unit].
  public var step: Double
  /// What tick labels are divided by (1, 10^6 or 10^9), and its word for the axis title ("" for 1).
  public var labelDivisor: Double
  public var unitPrefix: String
  /// The language of the title's words and the labels' number style.
  public var language: ReportLanguage

  /// Ticks covering `low ... high` with about `targetTicks` intervals; `includeZero` widens the
  /// range to 0 (bars start at 0). A degenerate or empty range gets a unit-wide axis. O(1).
  public init(
    low: Double, high: Double, targetTicks: Int = 5, includeZero: Bool = false, language: ReportLanguage = .en
  ) {
    self.language = language
    var low = low.isFinite ? low : 0
    var high = high.isFinite ? high : 1
    if includeZero {
      low = min(low, 0)
      high = max(high, 0)
    }
    if high < low { swap(&low, &high) }
    if high - low < 1e-12 * max(abs(high), 1) {
      let pad = low == 0 ? 1 : abs(low) * 0.1
      low -= includeZero && low >= 0 ? 0 : pad
      high += pad
    }
    let step = Self.niceNumber((high - low) / Double(max(targetTicks, 1)), round: true)
    self.step = step
    self.lower = (low / step).rounded(.down) * step
    self.upper = (high / step).rounded(.up) * step
    let largest = max(abs(lower), abs(upper))
    if language == .zh {
      (labelDivisor, unitPrefix) = largest >= 1e8 ? (1e8, "亿") : largest >= 1e5 ? (1e4, "万") : (1, "")
    } else if largest >= 1e9 {
      (labelDivisor, unitPrefix) = (1e9, "billion")
    } else if largest >= 1e6 {
      (labelDivisor, unitPrefix) = (1e6, "million")
    } else {
      (labelDivisor, unitPrefix) = (1, "")
    }
  }

  /// The tick values from ``lower`` to ``upper``. O(ticks).
  public var ticks: [Double] {
    let count = Int(((upper - lower) / step).rounded())
    return (0...max(count, 0)).map { i in
      let value = lower + Double(i) * step
      return abs(value) < step * 1e-9 ? 0 : value
    }
  }

  /// The label of tick `value`: divided by ``labelDivisor``, with the decimals the step needs.
  public func label(_ value: Double) -> String {
    let scaledStep = step / labelDivisor
    let decimals = scaledStep >= 1 ? 0 : min(-NumberText.exponent(scaledStep), NumberText.maximumDecimals)
    return NumberText.fixed(value / labelDivisor, decimals: decimals, style: language.numberStyle)
  }

  /// An axis title with the unit: "Mean response time (days)", "Money spent (million CNY)".
  public func title(_ label: String, unit: String) -> String {
    let fullUnit = [unitPrefix, unit].filter { !$0.isEmpty }.joined(separator: language.words(" ", ""))
    guard !fullUnit.isEmpty else { return label }
    return language == .zh ? "\(label)（\(fullUnit)）" : "\(label) (\(fullUnit))"
  }

  /// The position of `value` on an axis drawn from `start` (at ``lower``) to `end` (at
  /// ``upper``) [px]. O(1).
  public func position(_ value: Double, from start: Double, to end: Double) -> Double {
    start + (value - lower) / (upper - lower) * (end - start)
  }

  /// 1, 2, 5 or 10 × 10^k near `x` > 0: the nearest (`round`) or the next at or above.
  static func niceNumber(_ x: Double, round: Bool) -> Double {
    guard x > 0, x.isFinite else { return 1 }
    let power = pow(10, log10(x).rounded(.down))
    let fraction = x / power
    let nice: Double
    if round {
      nice = fraction < 1.5 ? 1 : fraction < 3 ? 2 : fraction < 7 ? 5 : 10
    } else {
      nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10
    }
    return nice * power
  }
}
