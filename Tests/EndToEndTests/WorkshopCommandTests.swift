import Foundation
import Synchronization
import Testing
import TwinServer
import _TwinTestSupport

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// `community-twin workshop` as a facilitator starts it: the addresses it prints, the join code
/// off 127.0.0.1, a clean stop on SIGTERM, and its refusals. Every server listens on a loopback
/// address (127.0.0.1 or 127.0.0.2) on a port the system chooses.
@Suite struct WorkshopCommandTests {
  /// A scenario that starts fast in a debug build: the baseline with a 5-day warm-up.
  static func scenario(in directory: URL) throws -> String {
    let url = directory.appendingPathComponent("quick.json")
    let base = packageRoot.appendingPathComponent("Scenarios/baseline.json").path
    try Data("{\"base\": \"\(base)\", \"name\": \"quick\", \"run\": {\"warmup_days\": 5}}".utf8).write(to: url)
    return url.path
  }

  /// A running `workshop`: the process and what it printed up to its Facilitator line.
  struct Served {
    let process: Process
    let banner: String

    /// The address printed after `label` ("Teams:", "Facilitator:").
    func address(_ label: String) -> String? {
      banner.split(separator: "\n").first { $0.contains(label) }?.split(separator: " ").first { $0.hasPrefix("http") }
        .map(String.init)
    }

    func stop() -> Int32 {
      process.terminate()
      process.waitUntilExit()
      return process.terminationStatus
    }
  }

  /// Starts `workshop` with `arguments` and waits (at most 120 s) for its Facilitator line.
  static func serve(_ arguments: [String]) throws -> Served {
    let process = Process()
    process.executableURL = Bundle.main.bundleURL.appendingPathComponent("community-twin")
    process.arguments = ["workshop"] + arguments
    let out = Pipe()
    process.standardOutput = out
    process.standardError = Pipe()
    try process.run()
    var banner = ""
    let deadline = Date().addingTimeInterval(120)
    while !banner.contains("Stop with Ctrl-C"), Date() < deadline, process.isRunning {
      banner += String(decoding: out.fileHandleForReading.availableData, as: UTF8.self)
    }
    return Served(process: process, banner: banner)
  }

  /// The status of a GET of `url` (0 if the transport failed), with a 60 s timeout.
  static func status(_ url: String) -> Int {
    let status = Mutex(0)
    let done = DispatchSemaphore(value: 0)
    URLSession.shared.dataTask(with: URLRequest(url: URL(string: url)!, timeoutInterval: 60)) { _, response, _ in
      status.withLock { $0 = (response as? HTTPURLResponse)?.statusCode ?? 0 }
      done.signal()
    }.resume()
    done.wait()
    return status.withLock { $0 }
  }

  @Test("On 127.0.0.1 it prints both addresses, serves the page and the state, and stops cleanly on SIGTERM")
  func servesAndStops() throws {
    try withTemporaryDirectory { directory in
      let served = try Self.serve([try Self.scenario(in: directory), "--port", "0", "--teams", "2"])
      let teams = try #require(served.address("Teams:"))
      let facilitator = try #require(served.address("Facilitator:"))
      #expect(teams.hasPrefix("http://127.0.0.1:") && !served.banner.contains("Join code"))
      #expect(facilitator.hasPrefix(teams + "?key="))
      #expect(Self.status(teams) == 200)
      #expect(Self.status(teams + "api/state") == 200)
      #expect(Self.status(teams + "nothing/here") == 404)
      #expect(served.stop() == 0)
    }
  }

  @Test("Off 127.0.0.1 every request needs the printed join code")
  func joinCode() throws {
    try withTemporaryDirectory { directory in
      let served = try Self.serve([try Self.scenario(in: directory), "--port", "0", "--host", "127.0.0.2"])
      defer { _ = served.stop() }
      let teams = try #require(served.address("Teams:"))
      #expect(served.banner.contains("Join code:"))
      let code = try #require(teams.split(separator: "=").last.map(String.init))
      let root = String(teams.prefix { $0 != "?" })
      #expect(Self.status(root + "api/state") == 403)
      #expect(Self.status(root + "api/state?code=WRONG1") == 403)
      #expect(Self.status(root + "api/state?code=" + code) == 200)
      #expect(Self.status(teams) == 200)
    }
  }

  @Test("A port in use exits 69; a bad menu exits 65 naming its key paths; --print-menu prints the menu")
  func refusals() throws {
    try withTemporaryDirectory { directory in
      let scenario = try Self.scenario(in: directory)
      let busy = try HTTPServer(configuration: HTTPServerConfiguration(port: 0)) { _ in .error(404, "busy") }
      defer { busy.stop() }
      let inUse = try execute("community-twin", ["workshop", scenario, "--port", String(busy.port)])
      #expect(inUse.status == 69)
      #expect(inUse.stderr.contains("in use"))
      let menu = directory.appendingPathComponent("menu.json")
      try Data(
        """
        {"budget_cny_per_1000_residents_year": -1, "options": [{"id": "x", "label": {"en": "X"},
         "explanation": {"en": "e", "zh": "e"}, "cost_cny_per_1000_residents_year": 5, "cost_source": "s",
         "lever": {"lever": "devolution", "threshold_cny": -5}, "colour": "red"}]}
        """.utf8
      ).write(to: menu)
      let bad = try execute("community-twin", ["workshop", scenario, "--menu", menu.path])
      #expect(bad.status == 65)
      for path in ["budget_cny_per_1000_residents_year", "options[0].label.zh", "options[0].colour"] {
        #expect(bad.stderr.contains(path), "\(path) in \(bad.stderr)")
      }
      let printed = try execute("community-twin", ["workshop", scenario, "--print-menu"])
      #expect(printed.status == 0 && printed.stdout.contains("\"budget_cny_per_1000_residents_year\""))
      try Data(printed.stdout.utf8).write(to: menu)
      let leverProblem = String(printed.stdout).replacingOccurrences(
        of: "\"threshold_cny\": 500000", with: "\"threshold_cny\": -5")
      try Data(leverProblem.utf8).write(to: menu)
      let lever = try execute("community-twin", ["workshop", scenario, "--menu", menu.path])
      #expect(lever.status == 65 && lever.stderr.contains("menu option devolution"))
    }
  }
}
