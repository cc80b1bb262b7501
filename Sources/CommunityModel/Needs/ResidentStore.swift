import SimKernel

/// One resident, packed in 12 bytes so that an experience touches one cache line.
struct Resident: Codable {
  /// Resting satisfaction (0 … 1).
  var baseline: Float
  /// Satisfaction minus baseline, in the reference frame of ``SatisfactionLedger``: the
  /// deviation at time t is `deviation × ledger.decay(atDay: t)`.
  var deviation: Float
  var community: UInt16
  var cohort: UInt8
  /// Bit 0: has online access; bit 1: participates (a disposition: it raises the chance of
  /// reporting a need); bit 2: took part in the observation window (an event happened).
  var flags: UInt8

  static let online: UInt8 = 1
  static let participant: UInt8 = 2
  static let tookPart: UInt8 = 4

  var isOnline: Bool { flags & Self.online != 0 }
  var isParticipant: Bool { flags & Self.participant != 0 }
  /// Reported a need themselves in the observation window (``DistrictModel/needArises(_:_:)``).
  var hasTakenPart: Bool { flags & Self.tookPart != 0 }

  /// The (community, cohort) group, for ``SatisfactionLedger``.
  @inline(__always)
  func group(cohorts: Int) -> Int { Int(community) * cohorts + Int(cohort) }
}

/// All residents of a district: 12 bytes each, so a million residents take 12 MB.
///
/// Residents are numbered community by community and, within a community, cohort by cohort,
/// so "a random resident of cohort k in community c" is one uniform draw in a range.
typealias ResidentStore = [Resident]
