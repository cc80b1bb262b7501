/// Proactive outreach (issue 20, digest §2.1; B5: household visits reach 60 % of
/// households): casework staff spend their idle working time visiting households and notice
/// needs nobody reported. Off when ``visitsPerIdleHour`` is 0 (the default).
public struct OutreachParameters: Hashable, Sendable, Codable {
  /// Household visits per idle caseworker-hour (≥ 0; 0 = no outreach).
  public var visitsPerIdleHour: Double
  /// Residents reached per visit (≥ 0): a household's members.
  public var residentsPerVisit: Double
  /// Probability that a visit notices a reached resident's unreported need (0 … 1).
  public var detectionProbability: Double

  public init(visitsPerIdleHour: Double, residentsPerVisit: Double, detectionProbability: Double) {
    self.visitsPerIdleHour = visitsPerIdleHour
    self.residentsPerVisit = residentsPerVisit
    self.detectionProbability = detectionProbability
  }

  /// No outreach.
  public static let off = OutreachParameters(visitsPerIdleHour: 0, residentsPerVisit: 0, detectionProbability: 0)

  /// Whether idle time produces any discovery.
  public var isOn: Bool { visitsPerIdleHour * residentsPerVisit * detectionProbability > 0 }

  /// Needs noticed per idle caseworker-hour per resident reached with a need: visits × residents
  /// × detection.
  public var detectionsPerIdleHour: Double { visitsPerIdleHour * residentsPerVisit * detectionProbability }
}
