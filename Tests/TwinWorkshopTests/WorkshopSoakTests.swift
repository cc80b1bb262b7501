import Dispatch
import Foundation
import SimKernel
import Synchronization
import Testing
import TwinExperiments
import TwinServer
import TwinWorkshop
import _TwinTestSupport

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// A bounded soak test over loopback sockets: 8 teams × 12 rounds of 7 days, the teams
/// choosing at random (within their budgets) at the same time, hostile requests mixed in, then
/// the same choices replayed on a fresh server. About 230 requests each time, all to
/// 127.0.0.1, each with a 120 s timeout.
@Suite("Workshop soak: many teams, many rounds, over sockets")
struct WorkshopSoakTests {
  struct Reply: Sendable {
    var status: Int
    var body: Data
  }

  /// One request to the server at `port`; `nil` if the transport failed.
  static func send(_ method: String, _ path: String, port: Int, body: String? = nil, key: String? = nil) -> Reply? {
    var request = URLRequest(url: URL(string: "http://127.0.0.1:\(port)\(path)")!, timeoutInterval: 120)
    request.httpMethod = method
    if let body {
      request.httpBody = Data(body.utf8)
      request.setValue("application/json", forHTTPHeaderField: "Content-Type")
    }
    if let key { request.setValue(key, forHTTPHeaderField: "x-facilitator-key") }
    let reply = Mutex<Reply?>(nil)
    let done = DispatchSemaphore(value: 0)
    URLSession.shared.dataTask(with: request) { data, response, _ in
      if let response = response as? HTTPURLResponse {
        reply.withLock { $0 = Reply(status: response.statusCode, body: data ?? Data()) }
      }
      done.signal()
    }.resume()
    done.wait()
    return reply.withLock { $0 }
  }

  /// Plays a game over sockets. With `script` nil, each team chooses at random and the choices
  /// are returned; otherwise the script's choices are sent. Returns the final state's bytes,
  /// the choices, and the count of unexpected answers (a transport failure, a 5xx, a refusal
  /// of a valid choice, or a hostile request not refused with a 4xx).
  static func play(in directory: URL, script: [[[String]]]?) throws -> (state: Data, choices: [[[String]]], bad: Int) {
    let (teams, rounds) = (8, 12)
    let game = try WorkshopFixtures.game(in: directory, teams: teams, rounds: rounds, roundDays: 7, threads: 2)
    let key = "SOAKKEY"
    let service = WorkshopService(game: game, facilitatorKey: key, language: .en)
    let server = try HTTPServer(configuration: HTTPServerConfiguration(port: 0), handler: service.handle)
    server.start()
    defer { server.stop() }
    let port = server.port
    let bad = Atomic<Int>(0)
    var choices = script ?? Array(repeating: [], count: rounds)
    for round in 0..<rounds {
      let chosen = ResultSlots<[String]>(count: teams)
      DispatchQueue.concurrentPerform(iterations: teams) { team in
        var options: [String]
        if let script {
          options = script[round][team]
        } else {
          guard let reply = send("GET", "/api/state", port: port), reply.status == 200,
            let state = try? JSONSerialization.jsonObject(with: reply.body) as? [String: Any],
            let menu = state["menu"] as? [[String: Any]], let all = state["teams"] as? [[String: Any]],
            let left = all[team]["budget_left_cny"] as? Double, let inForce = all[team]["chosen"] as? [String]
          else {
            bad.add(1, ordering: .relaxed)
            chosen.store([], at: team)
            return
          }
          var dice = RandomStream(seeding: UInt64(round * 100 + team))
          var budget = left
          options = []
          for option in menu.shuffled(using: &dice).prefix(Int.random(in: 0...2, using: &dice)) {
            guard let id = option["id"] as? String, let cost = option["cost_cny"] as? Double, !inForce.contains(id),
              cost <= budget
            else { continue }
            options.append(id)
            budget -= cost
          }
        }
        let body = "{\"team\": \(team + 1), \"options\": [\(options.map { "\"\($0)\"" }.joined(separator: ","))]}"
        if send("POST", "/api/choices", port: port, body: body)?.status != 200 { bad.add(1, ordering: .relaxed) }
        chosen.store(options, at: team)
      }
      choices[round] = chosen.collect()
      for hostile in ["{\"team\": 1, \"options\": [", "{\"team\": 1, \"options\": [\"no_such_lever\"]}"] {
        let status = send("POST", "/api/choices", port: port, body: hostile)?.status ?? 0
        if !(400..<500).contains(status) { bad.add(1, ordering: .relaxed) }
      }
      if send("POST", "/api/facilitator/play", port: port, key: key)?.status != 200 { bad.add(1, ordering: .relaxed) }
    }
    let final = send("GET", "/api/state", port: port)
    if final?.status != 200 { bad.add(1, ordering: .relaxed) }
    for team in 0..<teams where service.game.rounds(ofTeam: team).map(\.choices) != choices.map({ $0[team] }) {
      bad.add(1, ordering: .relaxed)
    }
    return (final?.body ?? Data(), choices, bad.load(ordering: .relaxed))
  }

  @Test("8 teams × 12 rounds: no unexpected answer, every team's choices kept, and a replay is identical")
  func soak() throws {
    try withTemporaryDirectory { directory in
      let first = try Self.play(in: directory, script: nil)
      #expect(first.bad == 0)
      #expect(first.choices.flatMap { $0 }.contains { !$0.isEmpty })
      let again = try Self.play(in: directory, script: first.choices)
      #expect(again.bad == 0)
      #expect(again.state == first.state)
    }
  }
}
