import Foundation
import SimKernel
import TwinCommandLine

/// `twin-bench mmc-minimal`: the same M/M/c as `mmc`, hand-written with no kernel: a tiny
/// binary heap of `Double` event times, a ring of arrival times, and the same RNG and
/// exponential sampler. It is the yardstick for the kernel's overhead: a
/// "hand-written minimal loop". Run both in one process (`twin-bench compare-mmc`) for a ratio
/// that machine load does not distort.
enum MinimalMMCBenchmark: Workload {
  static let spec = CommandSpec(
    "mmc-minimal", positional: nil, options: QueueArguments.options,
    summary: "The M/M/c of `mmc`, hand-coded without the kernel (the speed yardstick). One JSON line.")

  struct Result {
    var seconds: Double
    var events: Int
    var meanWait: Double
  }

  /// Runs the hand-written queue (times in hours as `Double`).
  static func simulate(lambda: Double, mu: Double, servers: Int, customers: Int, seed: UInt64) -> Result {
    var queue = HandWrittenQueue(servers: servers, seed: seed)
    let (seconds, events) = measure { queue.run(lambda: lambda, mu: mu, customers: customers) }
    return Result(seconds: seconds, events: events, meanWait: queue.waitSum / Double(queue.served))
  }

  /// The whole simulation state as plain stored properties: no captures, no boxes.
  struct HandWrittenQueue {
    var arrivals: RandomStream
    var services: RandomStream
    /// Pending departure times, a binary min-heap (at most `servers` entries).
    var departures: ContiguousArray<Double>
    var departureCount = 0
    /// Arrival times of waiting customers, a FIFO ring whose size is a power of two.
    var waiting = ContiguousArray<Double>(repeating: 0, count: 1 << 20)
    var head = 0
    var waitingCount = 0
    let servers: Int
    var busy = 0
    var waitSum = 0.0
    var served = 0

    init(servers: Int, seed: UInt64) {
      self.servers = servers
      arrivals = RandomStream(seed: seed, replication: 0, stream: StreamID("arrivals"))
      services = RandomStream(seed: seed, replication: 0, stream: StreamID("services"))
      departures = ContiguousArray(repeating: 0, count: servers + 1)
    }

    mutating func run(lambda: Double, mu: Double, customers: Int) -> Int {
      var events = 0
      var arrived = 0
      var nextArrival = exponentialDraw(&arrivals) / lambda
      while arrived < customers || departureCount > 0 {
        events &+= 1
        if arrived < customers && (departureCount == 0 || nextArrival < departures[0]) {
          let now = nextArrival
          arrived &+= 1
          if arrived < customers { nextArrival = now + exponentialDraw(&arrivals) / lambda }
          if busy < servers {
            busy &+= 1
            served &+= 1
            pushDeparture(now + exponentialDraw(&services) / mu)
          } else {
            precondition(waitingCount < waiting.count, "hand-written queue: waiting ring overflow")
            waiting[(head &+ waitingCount) & (waiting.count &- 1)] = now
            waitingCount &+= 1
          }
        } else {
          let now = popDeparture()
          if waitingCount > 0 {
            waitSum += now - waiting[head]
            head = (head &+ 1) & (waiting.count &- 1)
            waitingCount &-= 1
            served &+= 1
            pushDeparture(now + exponentialDraw(&services) / mu)
          } else {
            busy &-= 1
          }
        }
      }
      return events
    }

    mutating func pushDeparture(_ t: Double) {
      var i = departureCount
      departureCount &+= 1
      while i > 0 {
        let p = (i &- 1) &>> 1
        if departures[p] <= t { break }
        departures[i] = departures[p]
        i = p
      }
      departures[i] = t
    }

    mutating func popDeparture() -> Double {
      let top = departures[0]
      departureCount &-= 1
      let moving = departures[departureCount]
      var i = 0
      while true {
        var c = 2 &* i &+ 1
        if c >= departureCount { break }
        if c &+ 1 < departureCount && departures[c &+ 1] < departures[c] { c &+= 1 }
        if moving <= departures[c] { break }
        departures[i] = departures[c]
        i = c
      }
      departures[i] = moving
      return top
    }
  }

}

/// A standard exponential draw, −ln U.
@inline(__always)
func exponentialDraw(_ rng: inout RandomStream) -> Double {
  -log(rng.nextOpenUnit())
}

extension MinimalMMCBenchmark {
  static func benchmark(_ arguments: ParsedArguments) throws -> String {
    let q = try QueueArguments(arguments)
    let r = simulate(lambda: q.lambda, mu: q.mu, servers: q.servers, customers: q.customers, seed: q.seed)
    precondition(r.events == 2 * q.customers, "each customer is one arrival and one departure")
    return jsonLine([
      ("model", .string("M/M/\(q.servers) hand-written")),
      ("build", .string(buildConfiguration)),
      ("customers", .int(q.customers)),
      ("events", .int(r.events)),
      ("seconds", .number(r.seconds)),
      ("events_per_sec", .number(Double(r.events) / r.seconds)),
      ("customers_per_sec", .number(Double(q.customers) / r.seconds)),
      ("mean_wait", .number(r.meanWait)),
    ])
  }
}
