import Foundation
import SimKernel

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes `text` to standard error.
func printError(_ text: String) {
  FileHandle.standardError.write(Data(text.utf8))
}

/// The median of `values` (the upper one of the middle two for an even count), the
/// statistic every benchmark reports over its rounds. O(n log n).
/// - Precondition: `values` is not empty.
func median(_ values: [Double]) -> Double {
  precondition(!values.isEmpty, "median of no values")
  return values.sorted()[values.count / 2]
}

/// Wall-clock seconds taken by `body`, with its result.
func measure<T>(_ body: () throws -> T) rethrows -> (seconds: Double, result: T) {
  let clock = ContinuousClock()
  let start = clock.now
  let result = try body()
  let elapsed = clock.now - start
  let (s, attoseconds) = elapsed.components
  return (Double(s) + Double(attoseconds) * 1e-18, result)
}

#if os(Linux)
private let rusageSelf = __rusage_who_t(RUSAGE_SELF.rawValue)
#else
private let rusageSelf = RUSAGE_SELF
#endif

/// The process's peak resident set size [bytes] (getrusage's ru_maxrss is in KiB on Linux).
func peakResidentBytes() -> Int {
  var usage = rusage()
  getrusage(rusageSelf, &usage)
  #if os(Linux)
  return Int(usage.ru_maxrss) * 1024
  #else
  return Int(usage.ru_maxrss)
  #endif
}

/// Keeps the optimiser from deleting work whose result is otherwise unused.
@inline(never)
func blackHole<T>(_ value: T) {}

/// The build configuration, for the JSON record and the warning banner.
var buildConfiguration: String {
  var debug = false
  assert(
    {
      debug = true
      return true
    }())
  if debug { return "debug" }
  return simInternalChecksEnabled ? "release+SIM_INTERNAL_CHECKS" : "release"
}

/// Prints a loud warning on stderr unless this is a plain release build.
func warnIfNotRelease() {
  guard buildConfiguration != "release" else { return }
  let line = String(repeating: "!", count: 72)
  printError(
    """
    \(line)
    !! WARNING: twin-bench built as '\(buildConfiguration)'. Timings are meaningless.
    !! Build and run with:  swift run -c release twin-bench ...
    \(line)

    """)
}

/// Formats `pairs` as one JSON object on one line, keys in the given order.
func jsonLine(_ pairs: [(String, JSONValue)]) -> String {
  "{" + pairs.map { "\"\($0.0)\":\($0.1.text)" }.joined(separator: ",") + "}"
}

/// The few JSON value kinds the benchmarks print.
enum JSONValue {
  case string(String)
  case int(Int)
  case number(Double)
  case numbers([Double])

  var text: String {
    switch self {
    case .string(let s): return "\"\(s)\""
    case .int(let i): return String(i)
    case .number(let x): return x.isFinite ? String(x) : "null"
    case .numbers(let xs): return "[" + xs.map { JSONValue.number($0).text }.joined(separator: ",") + "]"
    }
  }
}
