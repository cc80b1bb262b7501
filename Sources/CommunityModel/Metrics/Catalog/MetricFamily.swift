/// Metrics that exist once per member of a set (per cohort, role, facility, funding source,
/// spending use, request tier or governance indicator), declared once and expanded for a
/// scenario: `satisfaction.index.<cohort>` is `satisfaction.index.elderly`,
/// `satisfaction.index.adults`, … for a scenario with those cohorts.
///
/// A member's metric id is ``idPrefix`` + the member's key + ``idSuffix``.
public struct MetricFamily: Hashable, Sendable {
  /// The set a family ranges over.
  public enum MemberSet: Hashable, Sendable {
    /// The scenario's cohorts, by id.
    case cohorts
    /// The scenario's worker roles, by id.
    case roles
    /// The scenario's facility types, by id.
    case facilities
    /// The scenario's departments, by id.
    case departments
    /// ``RequestTier``s, by name.
    case tiers
    /// ``FundingSource``s, by name.
    case fundingSources
    /// ``SpendingUse``s, by name.
    case spendingUses
    /// ``GovernanceIndicator/all``, by name.
    case governanceIndicators
    /// The scenario's communities, by ``CommunitySpec/metricKeys(_:)``, in a district of two
    /// or more (none in a single community, whose metrics are the district's).
    case communities

    /// The placeholder in the family's pattern: `cohort` in `satisfaction.index.<cohort>`.
    public var placeholder: String {
      switch self {
      case .cohorts: "cohort"
      case .roles: "role"
      case .facilities: "facility"
      case .departments: "department"
      case .tiers: "tier"
      case .fundingSources: "source"
      case .spendingUses: "use"
      case .governanceIndicators: "indicator"
      case .communities: "community"
      }
    }

    /// The members in `scenario`, in the order the model reports them.
    public func members(in scenario: Scenario) -> [MetricMember] {
      switch self {
      case .cohorts: scenario.cohorts.map { MetricMember($0.id) }
      case .roles: scenario.roles.map { MetricMember($0.id) }
      case .facilities: scenario.facilities.map { MetricMember($0.id) }
      case .departments: scenario.departments.map { MetricMember($0.id) }
      case .tiers: RequestTier.allCases.map { MetricMember($0.name) }
      case .fundingSources: FundingSource.allCases.map { MetricMember($0.name) }
      case .spendingUses: SpendingUse.allCases.map { MetricMember($0.name) }
      case .governanceIndicators: GovernanceIndicator.all.map(\.member)
      case .communities:
        scenario.communities.count < 2 ? [] : CommunitySpec.metricKeys(scenario.communities).map { MetricMember($0) }
      }
    }
  }

  public var idPrefix: String
  public var idSuffix: String
  public var memberSet: MemberSet
  /// The members' unit; `nil` where each member has its own (``MetricMember/unit``).
  public var unit: MetricUnit?
  /// Plain-words label; a member's metric adds the member: "Satisfaction index (elderly)".
  public var label: String
  /// Which way is better; `nil` where each member has its own (``MetricMember/direction``).
  public var direction: Metric.Direction?
  public var definition: String

  public init(
    _ idPrefix: String, _ memberSet: MemberSet, _ idSuffix: String = "", unit: MetricUnit?, label: String,
    direction: Metric.Direction? = .neither, definition: String
  ) {
    self.idPrefix = idPrefix
    self.idSuffix = idSuffix
    self.memberSet = memberSet
    self.unit = unit
    self.label = label
    self.direction = direction
    self.definition = definition
  }

  /// The id pattern with the member's placeholder: `facility.<facility>.turned_away_share`.
  public var pattern: String { idPrefix + "<" + memberSet.placeholder + ">" + idSuffix }

  /// The id pattern with `*` for the member: `facility.*.turned_away_share`.
  public var wildcard: String { idPrefix + "*" + idSuffix }

  /// The metric of `member`.
  /// - Precondition: the family or the member has a unit and a direction.
  public func metric(_ member: MetricMember) -> Metric {
    guard let unit = unit ?? member.unit, let direction = direction ?? member.direction else {
      preconditionFailure("MetricFamily \(pattern): member \(member.key) needs its own unit and direction")
    }
    return Metric(
      idPrefix + member.key + idSuffix, unit, label: "\(label) (\(member.key))", direction: direction,
      definition: definition)
  }

  /// The metric of the member with key `key` (a cohort id, a tier name, …).
  public subscript(_ key: String) -> Metric { metric(MetricMember(key)) }

  /// The member key in `id`, if `id` has this family's prefix and suffix around a non-empty
  /// key: "fitness" for `facility.fitness.turned_away_share`. O(length of `id`).
  public func memberKey(inId id: String) -> String? {
    guard id.hasPrefix(idPrefix), id.hasSuffix(idSuffix), id.count > idPrefix.count + idSuffix.count else { return nil }
    return String(id.dropFirst(idPrefix.count).dropLast(idSuffix.count))
  }
}

/// One member of a ``MetricFamily``: its key in metric ids and, for governance indicators,
/// the unit and direction of its value.
public struct MetricMember: Hashable, Sendable {
  public var key: String
  public var unit: MetricUnit?
  public var direction: Metric.Direction?

  public init(_ key: String, unit: MetricUnit? = nil, direction: Metric.Direction? = nil) {
    self.key = key
    self.unit = unit
    self.direction = direction
  }
}
