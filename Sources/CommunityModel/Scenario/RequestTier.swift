/// The three need tiers of the Shenzhen classification (digest §2.2, B14), in service order.
///
/// Captured requests queue for workers by tier: urgent first. The raw value is the tier's
/// position in ``allCases`` and indexes per-tier arrays.
public enum RequestTier: Int, CaseIterable, Hashable, Sendable, Codable {
  /// "Urgent, difficult, worrying, pressing": respond within 48 h (B14).
  case urgent = 0
  /// Long-term improvement: goes into the planning backlog, which proposes projects
  /// (`Docs/model.md` §3.9).
  case improvement = 1
  /// Innovation: a pilot.
  case innovation = 2

  /// The name used in scenario files and metric names.
  public var name: String {
    switch self {
    case .urgent: "urgent"
    case .improvement: "improvement"
    case .innovation: "innovation"
    }
  }
}
