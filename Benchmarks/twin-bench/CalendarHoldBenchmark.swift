import SimKernel
import TwinCommandLine

/// `twin-bench calendar-hold`: the classic hold model (Jones 1986) on the bare event calendar.
/// `pending` events sit in the calendar; each step pops the earliest and schedules one new
/// event an exponential increment later, so the size stays constant. The time per step
/// includes the RNG and `log` cost of the increment, as the classic hold model does.
enum CalendarHoldBenchmark: Workload {
  static let pending = DefaultedOption(
    "pending", .integer("P", in: 1...100_000_000), default: 10_000, help: "Events held in the calendar.")
  static let operations = DefaultedOption(
    "operations", .integer("N", in: 1...1_000_000_000), default: 3_000_000, help: "Pop+push operations per sample.")
  static let samples = DefaultedOption(
    "samples", .integer("K", in: 1...1_000), default: 10, help: "Timed samples, after one warm-up.")
  static let seed = DefaultedOption("seed", .unsigned("S"), default: 1, help: "Random seed.")

  static let spec = CommandSpec(
    "calendar-hold", positional: nil, options: [pending, operations, samples, seed],
    examples: ["calendar-hold --operations 300000 --samples 2"],
    summary: "Times N pop+push operations on an event calendar holding P events, K times after one warm-up, and "
      + "prints one JSON line with min and median ns per event.")

  /// A typical small event payload (an enum case and an entity index).
  enum HoldEvent { case tick(entity: Int32) }

  static func benchmark(_ arguments: ParsedArguments) throws -> String {
    let pending = arguments[pending]
    let operations = arguments[operations]
    let samples = arguments[samples]
    let seed = arguments[seed]

    // Mean increment 100 × pending ticks: the clock advances ~100 ticks per step, so ties are
    // rare and even long runs stay far inside the calendar's 2^40 s range.
    let increment = try Distribution.exponential(mean: 100 * Double(pending))
    var nanosecondsPerEvent: [Double] = []
    for sample in 0...samples {  // sample 0 is the warm-up
      var rng = RandomStream(seed: seed, replication: UInt64(sample), stream: StreamID("hold"))
      var calendar = EventCalendar<HoldEvent>(reservingCapacity: pending + 1)
      for entity in 0..<pending {
        let time = SimTime(ticks: Int64(increment.sample(using: &rng)))
        calendar.schedule(.tick(entity: Int32(truncatingIfNeeded: entity)), at: time)
      }
      let (seconds, checksum) = measure { () -> Int64 in
        var checksum: Int64 = 0
        for _ in 0..<operations {
          let (time, event) = calendar.popNext().unsafelyUnwrapped
          guard case .tick(let entity) = event else { continue }
          checksum &+= Int64(entity)
          let delay = SimDuration(sampling: increment.sample(using: &rng), unit: .second)
          calendar.schedule(event, at: time + delay)
        }
        return checksum
      }
      precondition(calendar.count == pending, "hold keeps the calendar size constant")
      blackHole(checksum)
      if sample > 0 { nanosecondsPerEvent.append(seconds * 1e9 / Double(operations)) }
    }
    let middle = median(nanosecondsPerEvent)
    return jsonLine([
      ("model", .string("calendar-hold")),
      ("build", .string(buildConfiguration)),
      ("pending", .int(pending)),
      ("operations", .int(operations)),
      ("samples", .int(samples)),
      ("ns_per_event_min", .number(nanosecondsPerEvent.min()!)),
      ("ns_per_event_median", .number(middle)),
      ("events_per_sec", .number(1e9 / middle)),
      ("peak_rss_bytes", .int(peakResidentBytes())),
    ])
  }
}
