import SimKernel

/// Every random stream of the community model, named by purpose and entity (`Docs/model.md`,
/// Stochasticity). An entity's identity keeps its components apart (``StreamID``), so every
/// need process, post, facility and project has a stream of its own however many there are;
/// the bit layouts are those of the packed integers earlier versions used, which keeps every
/// shipped scenario's results bit-identical.
extension StreamID {
  /// Attributes of community `c`'s residents (access, participation, baseline satisfaction).
  static func residents(community c: Int) -> StreamID { StreamID("residents", index: UInt64(c)) }

  /// Community `c`'s administrative tasks.
  static func admin(community c: Int) -> StreamID { StreamID("admin", index: UInt64(c)) }

  /// The need process of category `j` in community `c` (its needs' arrival times, residents and
  /// seeds).
  static func needs(community c: Int, category j: Int) -> StreamID { StreamID("needs", c, j, packedBits: 8) }

  /// Post `w` (its index among all of the district's posts) in community `c`: quit times and
  /// hiring lags.
  static func workers(community c: Int, post w: Int) -> StreamID { StreamID("workers", c, w, packedBits: 20) }

  /// Facility type `f` in community `c`: visits, their residents and durations.
  static func facility(community c: Int, type f: Int) -> StreamID { StreamID("facility", c, f, packedBits: 8) }

  /// A PPP partnership's facility `f` in community `c`: which would-be visitors stay away
  /// because of the fee (one draw per arrival).
  static func pppTakeUp(community c: Int, type f: Int) -> StreamID { StreamID("ppp-take-up", c, f, packedBits: 8) }

  /// A PPP partnership's facility `f` in community `c`, while residents answer its fees:
  /// visit lengths and patience.
  static func pppVisits(community c: Int, type f: Int) -> StreamID { StreamID("ppp-visits", c, f, packedBits: 8) }

  /// A PPP partnership's facility `f` in community `c`: gaps in service between operators.
  static func pppTenders(community c: Int, type f: Int) -> StreamID { StreamID("ppp-tenders", c, f, packedBits: 8) }

  /// The project proposed for category `j` in community `c` at its planning cycle `cycle`.
  static func project(community c: Int, category j: Int, cycle: Int) -> StreamID {
    StreamID("projects", c, j, cycle, packedBits: (8, 24))
  }

  /// Emergency `e`'s repair in community `c`: its cost, approval levels and delays, and
  /// construction time.
  static func emergency(_ e: Int, community c: Int) -> StreamID { StreamID("emergencies", e, c, packedBits: 20) }

  /// Community `c`'s offender careers (``SecurityParameters``): when each starts, and each
  /// career's own stream, split in order of start.
  static func offenders(community c: Int) -> StreamID { StreamID("offenders", index: UInt64(c)) }

  /// Community `c`'s offenders active at the start: their count (one uniform, by inversion)
  /// and each one's stream.
  static func initialOffenders(community c: Int) -> StreamID { StreamID("initial-offenders", index: UInt64(c)) }

  /// Community `c`'s inherited open cases (``InitialState``): each case's stream, split in
  /// order of age.
  static func warmStart(community c: Int) -> StreamID { StreamID("warm-start", index: UInt64(c)) }

  /// Proposal `i` of a warm start's projects awaiting approval (``InitialState/Proposal``):
  /// its remaining levels' delays, rejections and reviews, construction time, misuse and
  /// overrun.
  static func inheritedProposal(_ i: Int) -> StreamID { StreamID("inherited-proposals", index: UInt64(i)) }

  /// Need process `p`'s needs that arose before a warm start (``InitialState``).
  static func needsInFlight(process p: Int) -> StreamID { StreamID("needs-in-flight", index: UInt64(p)) }

  /// Surge `s`'s extra needs in community `c` (``NeedSurge``).
  static func surge(_ s: Int, community c: Int) -> StreamID { StreamID("surges", s, c, packedBits: 20) }

  /// Department `d`'s service times.
  static func department(_ d: Int) -> StreamID { StreamID("departments", index: UInt64(d)) }

  /// Hand-off delays between the community offices and the departments.
  static let handoffs = StreamID("handoffs")

  /// Mid-run interventions (who starts to participate, who goes online).
  static let interventions = StreamID("interventions")
}
