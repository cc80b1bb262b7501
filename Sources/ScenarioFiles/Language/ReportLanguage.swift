import CommunityModel
import FileFormats

/// The language of what people read: a report's every heading, caption, table header, note,
/// finding and chart text, the explorer's page, the terminal tables of `run` and `compare`,
/// the workshop's page, narration and debrief, the metrics' labels and units, and the
/// numbers' style. English is the default; Chinese is
/// simplified Chinese (`zh-Hans`) with large amounts in 万 and 亿.
///
/// It lives with the scenario files because a scenario file may set it (its `language` key);
/// the command's `--lang` wins over the file.
///
/// Each text of the report is written once where it is used, in both languages side by side
/// (``words(_:_:)``), so a sentence and its translation cannot drift apart.
public enum ReportLanguage: String, Hashable, Sendable, CaseIterable {
  case en
  case zh

  /// The `lang` attribute of the page.
  public var htmlLang: String {
    switch self {
    case .en: "en"
    case .zh: "zh-Hans"
    }
  }

  /// `english` in an English report, `chinese` in a Chinese one.
  public func words(_ english: String, _ chinese: String) -> String {
    switch self {
    case .en: english
    case .zh: chinese
    }
  }

  /// How numbers are written: `1,234,567` in English, `123.5万` in Chinese.
  public var numberStyle: NumberText.Style {
    switch self {
    case .en: .report
    case .zh: .chineseReport
    }
  }

  /// How the terminal tables write numbers: `-1,234,567` in English, `-123.5万` in Chinese
  /// (ASCII minus signs, as terminals and the programs reading them expect).
  public var terminalNumberStyle: NumberText.Style {
    switch self {
    case .en: .terminal
    case .zh: .chineseTerminal
    }
  }

  /// The label of `metric` in this language; a metric the catalog has no Chinese label for
  /// keeps its English one (``ChineseWords``).
  public func label(of metric: Metric) -> String {
    words(metric.label, metric.chineseLabel ?? metric.label)
  }

  /// Between the bounds of an interval written out: "−0.10 to 0.50", "−0.10 至 0.50".
  public var to: String { words(" to ", " 至 ") }

  /// Between the items of a list: ", ", "、".
  public var comma: String { words(", ", "、") }

  /// `items` as a list in running text: "a, b and c", "a、b和c".
  public func list(_ items: [String]) -> String {
    guard items.count > 1 else { return items.first ?? "" }
    return items.dropLast().joined(separator: comma) + words(" and ", "和") + items.last!
  }

  /// A metric's unit (its English display words) in this language; English words without a
  /// Chinese entry are kept.
  public func unit(_ english: String) -> String {
    switch self {
    case .en: english
    case .zh: ChineseWords.unit(english)
    }
  }
}
