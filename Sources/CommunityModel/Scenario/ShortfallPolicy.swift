/// What a community does while its funds cannot pay what it owes (issue 21; an assumption:
/// the reports describe under-funding, not a response to it, so every switch is documented
/// in `Docs/model.md` §"Money" as such).
///
/// A community is *in shortfall* from the midnight at which, after the day's settlement,
/// it still owes arrears (unpaid salaries, running costs or project overruns), until the
/// midnight at which it owes none. Arrears are never forgiven: each midnight pays them,
/// oldest use first, before the day's own obligations. The switches below act only while a
/// community is in shortfall.
public struct ShortfallPolicy: Hashable, Sendable, Codable {
  /// Vacant posts are not filled: a post whose hiring lag ends during a shortfall stays
  /// vacant (frozen), and its recruitment starts again, with a new hiring lag, at the
  /// midnight the shortfall ends.
  public var hiringFreeze: Bool
  /// No project is committed at a planning cycle, whatever the fund holds (its cost counts
  /// as deferred spending; the category is proposed again at the next cycle).
  public var deferProjects: Bool
  /// Share of each community-run facility's places kept open [0, 1]; 1 closes none. The
  /// closed places cost nothing and reopen when the shortfall ends.
  public var facilityPlacesKept: Double

  public init(hiringFreeze: Bool, deferProjects: Bool, facilityPlacesKept: Double) {
    self.hiringFreeze = hiringFreeze
    self.deferProjects = deferProjects
    self.facilityPlacesKept = facilityPlacesKept
  }

  /// The default: freeze hiring and defer projects, keep every facility place open.
  public static let standard = ShortfallPolicy(hiringFreeze: true, deferProjects: true, facilityPlacesKept: 1)
  /// Only arrears: nothing else changes while the money is short.
  public static let arrearsOnly = ShortfallPolicy(hiringFreeze: false, deferProjects: false, facilityPlacesKept: 1)
}
