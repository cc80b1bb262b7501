import TwinCommandLine

/// A benchmark: its option table and a measurement that returns one JSON line.
protocol Workload: Subcommand {
  /// Runs the benchmark with the checked `arguments`; the JSON line to print.
  static func benchmark(_ arguments: ParsedArguments) throws -> String
}

extension Workload {
  /// Warns unless this is a plain release build, measures, and prints the JSON line. A
  /// failure that is not already a ``CommandFailure`` concerns an input (a scenario file
  /// that cannot be used): a data error (65).
  static func run(_ arguments: ParsedArguments) throws(CommandFailure) {
    warnIfNotRelease()
    do {
      print(try benchmark(arguments))
    } catch let failure as CommandFailure {
      throw failure
    } catch {
      throw .dataError("\(error)")
    }
  }
}
