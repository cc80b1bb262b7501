/// A text in the workshop's two languages: English and Chinese (simplified).
public struct LocalizedText: Hashable, Sendable, Codable {
  public var en: String
  public var zh: String

  public init(en: String, zh: String) {
    self.en = en
    self.zh = zh
  }

  /// The text in `language`.
  public func text(in language: WorkshopLanguage) -> String {
    switch language {
    case .en: en
    case .zh: zh
    }
  }
}

/// The language of the workshop page, its narration and its debrief.
public enum WorkshopLanguage: String, Hashable, Sendable, Codable, CaseIterable {
  case en
  case zh
}
