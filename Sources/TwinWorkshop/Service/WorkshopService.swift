import Foundation
import ScenarioFiles
import Synchronization
import TwinOutputs
import TwinServer

/// The workshop's endpoints over one game: a fixed routing table from a request to a response
/// (`Docs/workshop.md`, the endpoints). Nothing in a request reaches the file system.
///
/// One lock owns the game. A round (or an undo, or the debrief's replications) is simulated
/// on a copy outside the lock, with the game marked busy so that no other change is accepted
/// meanwhile; reads of the state go on and show the progress. Requests are decoded before the
/// lock is taken.
package final class WorkshopService: Sendable {
  private struct Shared {
    var game: WorkshopGame
    /// A round, an undo or a debrief is being simulated.
    var busy = false
    /// The debrief of the rounds played, once built.
    var debrief: WorkshopDebrief?
  }

  private let shared: Mutex<Shared>
  private let daysDone = Atomic<Int>(0)
  private let daysPlanned = Atomic<Int>(0)
  /// The secret that facilitator actions carry (`x-facilitator-key` or `?key=`).
  package let facilitatorKey: String
  private let page: String
  /// The build serving the game, named in the debrief page's footer (`nil`: none recorded).
  private let provenance: Provenance?

  package init(
    game: WorkshopGame, facilitatorKey: String, language: ReportLanguage, provenance: Provenance? = nil
  ) {
    shared = Mutex(Shared(game: game))
    self.facilitatorKey = facilitatorKey
    self.provenance = provenance
    page = WorkshopPage.html(language: language)
  }

  /// The game as it stands (tests, the command's summary).
  package var game: WorkshopGame { shared.withLock { $0.game } }

  /// What a path leads to, and whether it is read (GET or HEAD) or changed (POST).
  private enum Route {
    case page, state, debrief, debriefPage, choices, facilitator
  }

  /// The whole routing table: nothing else is served.
  private static let routes: [String: (route: Route, read: Bool)] = [
    "/": (.page, true), "/api/state": (.state, true), "/api/debrief": (.debrief, true),
    "/debrief.html": (.debriefPage, true), "/api/choices": (.choices, false),
    "/api/facilitator/play": (.facilitator, false), "/api/facilitator/pause": (.facilitator, false),
    "/api/facilitator/resume": (.facilitator, false), "/api/facilitator/undo": (.facilitator, false),
    "/api/facilitator/end": (.facilitator, false),
  ]

  /// Answers `request`. Never throws and never traps on what a request holds.
  package func handle(_ request: HTTPRequest) -> HTTPResponse {
    guard let (route, read) = Self.routes[request.path] else { return .error(404, "no such page or endpoint") }
    guard read == (request.method == "GET" || request.method == "HEAD") else {
      return .error(405, "\(request.method) is not allowed on \(request.path)")
    }
    switch route {
    case .page: return pageResponse()
    case .state: return stateResponse(request)
    case .debrief: return debriefResponse(request, html: false)
    case .debriefPage: return debriefResponse(request, html: true)
    case .choices: return choose(request)
    case .facilitator: return facilitate(request)
    }
  }

  private func pageResponse() -> HTTPResponse {
    var response = HTTPResponse.html(page)
    response.headers["Content-Security-Policy"] = WorkshopPage.contentSecurityPolicy
    response.headers["Referrer-Policy"] = "no-referrer"
    return response
  }

  private func isFacilitator(_ request: HTTPRequest) -> Bool {
    let given = request.headers["x-facilitator-key"] ?? request.query["key"] ?? ""
    // Compared in time independent of where the strings first differ.
    let a = Array(given.utf8)
    let b = Array(facilitatorKey.utf8)
    guard a.count == b.count else { return false }
    return zip(a, b).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
  }

  private func stateResponse(_ request: HTTPRequest) -> HTTPResponse {
    let facilitator = isFacilitator(request)
    let progress = WorkshopStateView.Progress(
      done: daysDone.load(ordering: .relaxed), total: daysPlanned.load(ordering: .relaxed))
    let view = shared.withLock {
      WorkshopStateView(
        $0.game, busy: $0.busy, debriefReady: $0.debrief != nil, progress: progress, facilitator: facilitator)
    }
    return Self.json(view)
  }

  private func choose(_ request: HTTPRequest) -> HTTPResponse {
    let choice: WorkshopChoiceRequest
    do { choice = try WorkshopChoiceRequest(json: request.body) } catch { return .error(error.status, error.message) }
    let refused: WorkshopError? = shared.withLock { shared in
      guard !shared.busy else { return WorkshopError(409, "a round is being simulated; try again when it ends") }
      do throws(WorkshopError) {
        try shared.game.choose(choice.options, team: choice.team)
        return nil
      } catch { return error }
    }
    if let refused { return .error(refused.status, refused.message) }
    return stateResponse(request)
  }

  private func facilitate(_ request: HTTPRequest) -> HTTPResponse {
    guard isFacilitator(request) else { return .error(403, "facilitator actions need the facilitator's key") }
    let action = String(request.path.dropFirst("/api/facilitator/".count))
    switch action {
    case "pause", "resume", "end":
      let refused: WorkshopError? = shared.withLock { shared in
        guard !shared.busy else { return WorkshopError(409, "a round is being simulated; try again when it ends") }
        switch action {
        case "pause": shared.game.paused = true
        case "resume": shared.game.paused = false
        default: shared.game.end()
        }
        return nil
      }
      if let refused { return .error(refused.status, refused.message) }
      // The debrief's replications start at once, in the background; the page shows their
      // progress and offers the debrief when it is ready.
      if action == "end" { DispatchQueue.global().async { _ = self.builtDebrief() } }
    default:
      let game = shared.withLock { shared -> WorkshopGame? in
        guard !shared.busy else { return nil }
        shared.busy = true
        return shared.game
      }
      guard var game else { return .error(409, "a round is being simulated; try again when it ends") }
      let players = game.settings.teams + 1
      let days = action == "play" ? game.settings.roundDays : game.roundsPlayed * game.settings.roundDays
      startProgress(planned: players * days)
      let result = Result { () throws in
        if action == "play" {
          try game.playRound(dayDone: { self.countDay() })
        } else {
          try game.undoRound(dayDone: { self.countDay() })
        }
      }
      shared.withLock { shared in
        if case .success = result {
          shared.game = game
          shared.debrief = nil
        }
        shared.busy = false
      }
      if case .failure(let error) = result { return Self.errorResponse(error) }
    }
    return stateResponse(request)
  }

  /// Counts one simulated day (of any team, from any thread) for the progress bar.
  private func countDay() { daysDone.add(1, ordering: .relaxed) }

  private func startProgress(planned: Int) {
    daysDone.store(0, ordering: .relaxed)
    daysPlanned.store(planned, ordering: .relaxed)
  }

  private func debriefResponse(_ request: HTTPRequest, html: Bool) -> HTTPResponse {
    let game: WorkshopGame
    let debrief: WorkshopDebrief
    switch builtDebrief() {
    case .success(let built): (game, debrief) = built
    case .failure(let error): return Self.errorResponse(error)
    }
    guard html else { return Self.json(WorkshopDebriefView(debrief, menu: game.menu, provenance: provenance)) }
    let language = ReportLanguage(rawValue: request.query["lang"] ?? "") ?? .en
    var response = HTTPResponse.html(
      WorkshopDebriefPage.html(debrief, game: game, language: language, provenance: provenance))
    response.headers["Content-Security-Policy"] = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"
    if request.query["download"] == "1" {
      response.headers["Content-Disposition"] = "attachment; filename=\"workshop-debrief.html\""
    }
    return response
  }

  /// The debrief of the rounds played with the game it describes: built once (the game is
  /// marked busy meanwhile, so it cannot change), then kept until a round is played or undone.
  /// - Returns: a 409 ``WorkshopError`` while another simulation holds the game or before the
  ///   first round; the simulation's error if a replay fails.
  private func builtDebrief() -> Result<(WorkshopGame, WorkshopDebrief), any Error> {
    enum Claim {
      case built(WorkshopGame, WorkshopDebrief)
      case toBuild(WorkshopGame)
      case refused(WorkshopError)
    }
    let claim: Claim = shared.withLock { shared in
      if let debrief = shared.debrief { return .built(shared.game, debrief) }
      if shared.busy { return .refused(WorkshopError(409, "a simulation is under way; try again when it ends")) }
      if shared.game.roundsPlayed == 0 { return .refused(WorkshopError(409, "no round has been played yet")) }
      shared.busy = true
      return .toBuild(shared.game)
    }
    switch claim {
    case .built(let game, let debrief): return .success((game, debrief))
    case .refused(let error): return .failure(error)
    case .toBuild(let game):
      let players = game.settings.teams + 1
      let replays = game.settings.replications - 1
      startProgress(
        planned: replays * (game.scenario.warmupDays + players * game.roundsPlayed * game.settings.roundDays))
      let built = Result { try game.debrief(dayDone: { self.countDay() }) }
      shared.withLock { shared in
        if case .success(let value) = built { shared.debrief = value }
        shared.busy = false
      }
      return built.map { (game, $0) }
    }
  }

  private static func errorResponse(_ error: any Error) -> HTTPResponse {
    switch error {
    case let error as WorkshopError: .error(error.status, error.message)
    case let error as ScenarioFileError: .error(422, error.description)
    default: .error(500, "the simulation failed: \(error)")
    }
  }

  private static func json(_ value: some Encodable) -> HTTPResponse {
    let encoder = JSONEncoder()
    encoder.keyEncodingStrategy = .convertToSnakeCase
    encoder.outputFormatting = [.sortedKeys]
    encoder.nonConformingFloatEncodingStrategy = .convertToString(
      positiveInfinity: "Infinity", negativeInfinity: "-Infinity", nan: "NaN")
    do {
      return .json(String(decoding: try encoder.encode(value), as: UTF8.self))
    } catch {
      return .error(500, "the state could not be encoded: \(error)")
    }
  }
}
