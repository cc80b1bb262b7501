import Foundation
import Testing
import TwinOutputs
import TwinServer
import TwinWorkshop
import _TwinTestSupport

@Suite("Workshop endpoints: routing, hostile and mistaken requests, the facilitator's key")
struct WorkshopServiceTests {
  static let key = "FACILITATORKEY"

  /// The build the service is told it runs as, named in the debrief's footer.
  static let provenance = Provenance(
    tool: "community-twin", version: "0.4.0", commit: String(repeating: "ab", count: 20), os: "linux",
    osVersion: "Debian GNU/Linux 12 (bookworm)", architecture: "x86_64", swift: "6.3.1",
    commandLine: ["community-twin", "workshop", "Scenarios/baseline.json"], started: "2026-12-04T16:00:00Z")

  static func service(in directory: URL, teams: Int = 2) throws -> WorkshopService {
    WorkshopService(
      game: try WorkshopFixtures.game(in: directory, teams: teams, rounds: 2, roundDays: 7), facilitatorKey: key,
      language: .en, provenance: provenance)
  }

  static func post(_ path: String, _ body: String = "", key: String? = nil) -> HTTPRequest {
    HTTPRequest(
      method: "POST", path: path, headers: key.map { ["x-facilitator-key": $0] } ?? [:], body: Array(body.utf8))
  }

  static func message(_ response: HTTPResponse) -> String {
    let object = try? JSONSerialization.jsonObject(with: Data(response.body)) as? [String: Any]
    return object?["error"] as? String ?? ""
  }

  @Test("The page is self-contained and its script is allowed by hash only")
  func page() throws {
    try withTemporaryDirectory { directory in
      let response = try Self.service(in: directory).handle(HTTPRequest(method: "GET", path: "/"))
      #expect(response.status == 200 && response.contentType.hasPrefix("text/html"))
      let csp = try #require(response.headers["Content-Security-Policy"])
      #expect(csp.contains("script-src 'sha256-") && csp.contains("default-src 'none'") && !csp.contains("unsafe-eval"))
      let html = String(decoding: response.body, as: UTF8.self)
      #expect(html.hasPrefix("<!DOCTYPE html>"))
      #expect(!html.contains("src=\"http") && !html.contains("href=\"http") && !html.contains("@import"))
    }
  }

  @Test("Unknown paths are 404, wrong methods 405, and no path reaches a file")
  func routing() throws {
    try withTemporaryDirectory { directory in
      let service = try Self.service(in: directory)
      for path in ["/etc/passwd", "/../Package.swift", "/api", "/api/state/x", "/index.html", "/api/facilitator/"] {
        #expect(service.handle(HTTPRequest(method: "GET", path: path)).status == 404, "GET \(path)")
      }
      #expect(service.handle(Self.post("/")).status == 405)
      #expect(service.handle(Self.post("/api/state")).status == 405)
      #expect(service.handle(HTTPRequest(method: "GET", path: "/api/choices")).status == 405)
      #expect(
        service.handle(HTTPRequest(method: "GET", path: "/api/facilitator/play", query: ["key": Self.key])).status
          == 405)
      #expect(service.handle(HTTPRequest(method: "HEAD", path: "/api/state")).status == 200)
    }
  }

  @Test("Bad choice bodies are 400, unknown teams and options 404, over-budget choices 422")
  func badChoices() throws {
    try withTemporaryDirectory { directory in
      let service = try Self.service(in: directory)
      let cases: [(String, Int, String)] = [
        ("", 400, "the body is not a JSON object"),
        ("{\"team\": 1, \"options\": [", 400, "the body is not a JSON object"),
        ("[1, 2]", 400, "the body is not a JSON object"),
        ("{\"team\": 1, \"options\": [], \"extra\": 1}", 400, "unknown key extra"),
        ("{\"team\": 0, \"options\": []}", 400, "team must be a whole number from 1"),
        ("{\"team\": 1.5, \"options\": []}", 400, "team must be a whole number from 1"),
        ("{\"team\": \"1\", \"options\": []}", 400, "team must be a whole number from 1"),
        ("{\"team\": 1, \"options\": \"devolution\"}", 400, "options must be a list"),
        ("{\"team\": 1, \"options\": [7]}", 400, "options must be strings"),
        ("{\"team\": 3, \"options\": []}", 404, "no team 3: teams are 1 … 2"),
        ("{\"team\": 1, \"options\": [\"free_money\"]}", 404, "unknown option 'free_money'"),
        ("{\"team\": 1, \"options\": [\"devolution\", \"devolution\"]}", 422, "option 'devolution' chosen twice"),
      ]
      for (body, status, start) in cases {
        let response = service.handle(Self.post("/api/choices", body))
        #expect(response.status == status, "\(body)")
        #expect(Self.message(response).hasPrefix(start), "\(body): \(Self.message(response))")
      }
      let everything = "[" + WorkshopMenu.standard.options.map { "\"\($0.id)\"" }.joined(separator: ",") + "]"
      let over = service.handle(Self.post("/api/choices", "{\"team\": 2, \"options\": \(everything)}"))
      #expect(over.status == 422 && Self.message(over).hasPrefix("over budget"))
      #expect(service.game.pending == [[], []])
    }
  }

  @Test("Facilitator actions need the key; a paused game takes no choices; the debrief waits for a round")
  func facilitator() throws {
    try withTemporaryDirectory { directory in
      let service = try Self.service(in: directory)
      #expect(service.handle(Self.post("/api/facilitator/play")).status == 403)
      #expect(service.handle(Self.post("/api/facilitator/play", key: "WRONGKEYWRONGK")).status == 403)
      #expect(service.handle(Self.post("/api/facilitator/play", key: String(Self.key.dropLast()))).status == 403)
      #expect(service.handle(HTTPRequest(method: "GET", path: "/api/debrief")).status == 409)
      #expect(service.handle(Self.post("/api/facilitator/pause", key: Self.key)).status == 200)
      let paused = service.handle(Self.post("/api/choices", "{\"team\": 1, \"options\": [\"training\"]}"))
      #expect(paused.status == 409 && Self.message(paused) == "the game is paused")
      #expect(service.handle(Self.post("/api/facilitator/resume", key: Self.key)).status == 200)
      #expect(service.handle(Self.post("/api/choices", "{\"team\": 1, \"options\": [\"training\"]}")).status == 200)
      let played = service.handle(
        HTTPRequest(method: "POST", path: "/api/facilitator/play", query: ["key": Self.key]))
      #expect(played.status == 200)
      #expect(service.game.roundsPlayed == 1 && service.game.rounds(ofTeam: 0)[0].choices == ["training"])
      let state = try #require(try JSONSerialization.jsonObject(with: Data(played.body)) as? [String: Any])
      #expect(state["facilitator"] as? Bool == true && state["rounds_played"] as? Int == 1)
      #expect(service.handle(Self.post("/api/facilitator/undo", key: Self.key)).status == 200)
      #expect(service.game.roundsPlayed == 0 && service.game.pending[0] == ["training"])
      #expect(service.handle(Self.post("/api/facilitator/play", key: Self.key)).status == 200)
      #expect(service.handle(Self.post("/api/facilitator/end", key: Self.key)).status == 200)
      // Ending starts the debrief's replications in the background; the state says when it is ready.
      let deadline = Date().addingTimeInterval(120)
      func ready() -> Bool {
        let state = service.handle(HTTPRequest(method: "GET", path: "/api/state"))
        let object = try? JSONSerialization.jsonObject(with: Data(state.body)) as? [String: Any]
        return object?["debrief_ready"] as? Bool == true
      }
      while !ready() && Date() < deadline { Thread.sleep(forTimeInterval: 0.1) }
      #expect(ready())
      // The debrief's numbers name the same build, with the keys of summary.json's provenance.
      let numbers = service.handle(HTTPRequest(method: "GET", path: "/api/debrief"))
      let object = try #require(try JSONSerialization.jsonObject(with: Data(numbers.body)) as? [String: Any])
      let build = try #require(object["provenance"] as? [String: Any])
      #expect(build["commit"] as? String == Self.provenance.commit && build["version"] as? String == "0.4.0")
      #expect(build["command_line"] as? [String] == Self.provenance.commandLine)
      let keys = try #require(
        try JSONSerialization.jsonObject(with: Data(Self.provenance.fileText.utf8)) as? [String: [String: Any]])
      #expect(Set(build.keys) == Set(try #require(keys["provenance"]).keys))
      let debrief = service.handle(HTTPRequest(method: "GET", path: "/debrief.html", query: ["download": "1"]))
      #expect(debrief.status == 200 && debrief.headers["Content-Disposition"]?.hasPrefix("attachment") == true)
      let html = String(decoding: debrief.body, as: UTF8.self)
      #expect(html.contains("<svg") && !html.contains("<script"))
      // The footer names the build that simulated the game, as the reports' footers do.
      #expect(
        html.hasSuffix(
          "<footer>\n<p>Results made by community-twin 0.4.0 (commit abababababab) on linux x86_64 (Debian GNU/Linux "
            + "12 (bookworm)), Swift 6.3.1; started 2026-12-04T16:00:00Z: community-twin workshop "
            + "Scenarios/baseline.json</p>\n</footer>\n</body>\n</html>\n"))
      let zh = service.handle(HTTPRequest(method: "GET", path: "/debrief.html", query: ["lang": "zh"]))
      let chinese = String(decoding: zh.body, as: UTF8.self)
      #expect(chinese.contains("lang=\"zh-Hans\""))
      #expect(chinese.contains("<footer>\n<p>结果的生成环境：community-twin 0.4.0 (commit abababababab) on linux"))
    }
  }
}
