import ScenarioFiles

/// A text in the workshop's two languages: English and Chinese (simplified).
public struct LocalizedText: Hashable, Sendable, Codable {
  public var en: String
  public var zh: String

  public init(en: String, zh: String) {
    self.en = en
    self.zh = zh
  }

  /// The text in `language`.
  public func text(in language: ReportLanguage) -> String {
    switch language {
    case .en: en
    case .zh: zh
    }
  }
}
