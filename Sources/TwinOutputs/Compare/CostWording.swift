import CommunityModel
import FileFormats
import ScenarioFiles
import TwinExperiments

/// How `compare`'s table and the reports say what a change costs, in plain words: the added
/// cost ("CNY 1.2 M more a year (1.1 M to 1.3 M)") and the cost per unit of a key metric
/// ("CNY 310,000 (190,000 to 560,000) per day less", "dominates: better at no clear extra
/// cost").
///
/// Amounts are rounded to two significant digits of their interval's half-width (of its
/// narrower side for a cost per unit, whose interval is not symmetric; of the amount itself
/// when there is no interval), in millions ("M") from 1,000,000 up; a cost per unit is per
/// unit of the metric as displayed (a percentage point of a share, a day).
///
/// In Chinese (``language``, for `--lang zh`) the same statements are worded in
/// simplified Chinese, with amounts in the style's 万 and 亿 instead of millions ("20天内多支出
/// 4.301万元（每次运行都相同）", "每减少1天需31万元（19万 至 56万）").
public struct CostWording: Sendable {
  /// The cost metric's unit in the model's words ("CNY" is written before amounts, anything
  /// else after them).
  public var costUnit: String
  /// Days observed per replication, over which the cost metric counts [days]: 365 reads "a
  /// year".
  public var days: Int
  /// Minus sign, grouping and missing mark (``NumberText/Style/terminal`` or
  /// ``NumberText/Style/report``).
  public var style: NumberText.Style
  /// The language of the words (in Chinese, amounts follow `style`'s myriads, with no
  /// millions).
  public var language: ReportLanguage

  public init(costUnit: String, days: Int, style: NumberText.Style, language: ReportLanguage = .en) {
    self.costUnit = costUnit
    self.days = days
    self.style = style
    self.language = language
  }

  /// "a year" for 365 days, else "over 90 days"; "每年", "90天内".
  var period: String {
    if language == .zh { return days == 365 ? "每年" : "\(days)天内" }
    return days == 365 ? "a year" : "over \(days) day\(days == 1 ? "" : "s")"
  }

  /// The added cost `cost` (a paired difference in the cost metric) in words: "CNY 1.2 M
  /// more a year (1.1 M to 1.3 M)", "… less …", "no clear difference: CNY +12,000 (−5,000 to
  /// +29,000) over 90 days", "CNY 43,010 more over 10 days (the same in every run)", "the
  /// same", or "too few runs to tell".
  public func addedCost(_ cost: PairedDifference) -> String {
    if language == .zh { return chineseAddedCost(cost) }
    guard let mean = cost.meanDifference else { return "too few runs to tell" }
    if mean == 0 && (cost.standardDeviation ?? 0) == 0 { return "the same" }
    if cost.standardDeviation == 0 {
      // Every run cost the same more or less: the amount to about four digits.
      let text = money(numbers([abs(mean)], halfWidth: abs(mean) / 100)[0])
      return "\(text) \(mean > 0 ? "more" : "less") \(period) (the same in every run)"
    }
    guard let low = cost.ci95Low, let high = cost.ci95High else {
      return "\(amount([abs(mean)], halfWidth: nil)[0]) \(mean > 0 ? "more" : "less") \(period) (no interval: 1 run)"
    }
    guard cost.isSignificant else {
      var signed = self
      signed.style = style.signed
      let texts = signed.numbers([mean, low, high], halfWidth: (high - low) / 2)
      return "no clear difference: \(money(texts[0])) (\(texts[1]) to \(texts[2])) \(period)"
    }
    let magnitudes = numbers([abs(mean), abs(low), abs(high)], halfWidth: (high - low) / 2)
    let (near, far) = mean > 0 ? (magnitudes[1], magnitudes[2]) : (magnitudes[2], magnitudes[1])
    return "\(money(magnitudes[0])) \(mean > 0 ? "more" : "less") \(period) (\(near) to \(far))"
  }

  /// ``addedCost(_:)`` in Chinese.
  private func chineseAddedCost(_ cost: PairedDifference) -> String {
    guard let mean = cost.meanDifference else { return "重复次数太少，无法判断" }
    if mean == 0 && (cost.standardDeviation ?? 0) == 0 { return "相同" }
    let more = mean > 0 ? "多支出" : "少支出"
    if cost.standardDeviation == 0 {
      let text = money(numbers([abs(mean)], halfWidth: abs(mean) / 100)[0])
      return "\(period)\(more)\(text)（每次运行都相同）"
    }
    guard let low = cost.ci95Low, let high = cost.ci95High else {
      return "\(period)\(more)\(amount([abs(mean)], halfWidth: nil)[0])（无区间：仅1次运行）"
    }
    guard cost.isSignificant else {
      var signed = self
      signed.style = style.signed
      let texts = signed.numbers([mean, low, high], halfWidth: (high - low) / 2)
      return "无明确差异：\(period)\(money(texts[0]))（\(texts[1]) 至 \(texts[2])）"
    }
    let magnitudes = numbers([abs(mean), abs(low), abs(high)], halfWidth: (high - low) / 2)
    let (near, far) = mean > 0 ? (magnitudes[1], magnitudes[2]) : (magnitudes[2], magnitudes[1])
    return "\(period)\(more)\(money(magnitudes[0]))（\(near) 至 \(far)）"
  }

  /// ``perUnit(_:metric:)`` in Chinese.
  private func chinesePerUnit(_ effect: CostEffectiveness, metric: Metric) -> String {
    switch effect.verdict {
    case .dominates: return "占优：更好且无明确的额外成本"
    case .dominated: return "劣势：更差且无明确的节省"
    case .noClearChange: return "无明确变化：无法估计"
    case .tooFewRuns: return "重复次数太少，无法判断"
    case .costsMoreForBetter, .costsLessForWorse: break
    }
    let better = effect.verdict == .costsMoreForBetter
    let unit = metric.displayUnit
    let one =
      unit.hasPrefix("%") ? "1个百分点" : unit == "0–100" || unit.isEmpty ? "1分" : "1" + language.unit(unit)
    let unitChange = "每\((metric.direction == .higher) == better ? "提高" : "降低")\(one)"
    let verb = better ? "需" : "节省"
    let scale = metric.displayScale
    guard let ratio = effect.ratio.ratio.map({ $0 / scale }) else { return "无法估计" }
    guard let low = effect.ratio.ci95Low.map({ $0 / scale }), let high = effect.ratio.ci95High.map({ $0 / scale })
    else {
      return "\(unitChange)\(verb)\(amount([ratio], halfWidth: nil)[0])（区间无法估计）"
    }
    let narrower = min(ratio - low, high - ratio)
    let texts = numbers([ratio, low, high], halfWidth: narrower > 0 ? narrower : (high - low) / 2)
    return "\(unitChange)\(verb)\(money(texts[0]))（\(texts[1]) 至 \(texts[2])）"
  }

  /// What the change of `metric` costs per unit (`effect`): for a trade-off the ratio and its
  /// interval ("CNY 310,000 (190,000 to 560,000) per day less"; "saves CNY 52,000 (…) per
  /// percentage point less" when worse and cheaper), else the verdict in words.
  public func perUnit(_ effect: CostEffectiveness, metric: Metric) -> String {
    if language == .zh { return chinesePerUnit(effect, metric: metric) }
    switch effect.verdict {
    case .dominates: return "dominates: better at no clear extra cost"
    case .dominated: return "dominated: worse at no clear saving"
    case .noClearChange: return "no clear change: not estimable"
    case .tooFewRuns: return "too few runs to tell"
    case .costsMoreForBetter, .costsLessForWorse: break
    }
    let better = effect.verdict == .costsMoreForBetter
    let unitChange =
      "per \(Self.singular(metric.displayUnit)) \((metric.direction == .higher) == better ? "more" : "less")"
    // The ratio is per unit of the model's unit; per displayed unit it is ÷ the scale.
    let scale = metric.displayScale
    guard let ratio = effect.ratio.ratio.map({ $0 / scale }) else { return "not estimable" }
    let saves = better ? "" : "saves "
    guard let low = effect.ratio.ci95Low.map({ $0 / scale }), let high = effect.ratio.ci95High.map({ $0 / scale })
    else {
      return "\(saves)\(amount([ratio], halfWidth: nil)[0]) \(unitChange) (interval not estimable)"
    }
    // Fieller's interval is not symmetric: round to its narrower side, so both sides show.
    let narrower = min(ratio - low, high - ratio)
    let texts = numbers([ratio, low, high], halfWidth: narrower > 0 ? narrower : (high - low) / 2)
    return "\(saves)\(money(texts[0])) (\(texts[1]) to \(texts[2])) \(unitChange)"
  }

  /// `values` rounded together and written with the cost unit.
  private func amount(_ values: [Double], halfWidth: Double?) -> [String] {
    numbers(values, halfWidth: halfWidth).map(money)
  }

  /// `text` (a formatted amount) with the cost unit: "CNY 1.2 M", "1,200 hours".
  private func money(_ text: String) -> String {
    let isMoney = costUnit == MetricUnit.cny.words
    if language == .zh { return text + (isMoney ? "元" : language.unit(costUnit)) }
    return isMoney ? "CNY " + text : text + " " + costUnit
  }

  /// `values` rounded to two significant digits of `halfWidth` (of the largest value when
  /// `halfWidth` is `nil` or 0), in millions with " M" when the largest is 1,000,000 or more.
  func numbers(_ values: [Double], halfWidth: Double?) -> [String] {
    let largest = values.map { abs($0) }.filter(\.isFinite).max() ?? 0
    let (scale, suffix) = largest >= 1_000_000 && language == .en ? (1_000_000.0, " M") : (1.0, "")
    let width = (halfWidth ?? 0) > 0 ? halfWidth! : largest
    guard width > 0, width.isFinite else {
      return values.map { NumberText.fixed($0 / scale, decimals: 0, style: style) + suffix }
    }
    let exponent = NumberText.exponent(width / scale) - 1
    let decimals = min(max(-exponent, 0), NumberText.maximumDecimals)
    var step = 1.0
    for _ in 0..<max(exponent, 0) { step *= 10 }
    return values.map { value in
      let scaled = value / scale
      let rounded = step > 1 ? (scaled / step).rounded(.toNearestOrAwayFromZero) * step : scaled
      return NumberText.fixed(rounded, decimals: decimals, style: style) + suffix
    }
  }

  /// A display unit for one: "days" → "day", "requests" → "request", any "%…" →
  /// "percentage point", "0–100" → "point".
  static func singular(_ unit: String) -> String {
    if unit.hasPrefix("%") { return "percentage point" }
    if unit == "0–100" || unit.isEmpty { return "point" }
    if !unit.contains(" "), unit.hasSuffix("s") { return String(unit.dropLast()) }
    return unit
  }
}
