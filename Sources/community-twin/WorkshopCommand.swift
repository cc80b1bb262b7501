import Dispatch
import Foundation
import ScenarioFiles
import TwinCommandLine
import TwinServer
import TwinWorkshop

/// `community-twin workshop`: a live, round-by-round policy game served to browsers
/// (`Docs/workshop.md`). Runs until interrupted (Ctrl-C or SIGTERM). A bad scenario or menu is
/// a data error (65); a port in use or an address not this machine's cannot serve (69).
enum WorkshopCommand: Subcommand {
  static let teams = DefaultedOption(
    "teams", .integer("N", in: WorkshopSettings.teamRange), default: 4,
    help: "Teams playing, each from the same starting community, 1 ... 12.")
  static let roundDays = DefaultedOption(
    "round-days", .integer("D", in: WorkshopSettings.roundDayRange), default: 91,
    help: "Days simulated per round (91: a quarter), 7 ... 365.")
  static let rounds = DefaultedOption(
    "rounds", .integer("R", in: WorkshopSettings.roundRange), default: 4,
    help: "Rounds in the game, 1 ... 24; the game lasts R × D days after the scenario's warm-up.")
  static let replications = DefaultedOption(
    "replications", .integer("N", in: WorkshopSettings.replicationRange), default: 4,
    help: "Replications behind the debrief's 95% intervals, 1 ... 20: the one played live, and N − 1 in which "
      + "every team's choices are replayed with other random numbers when the debrief is opened.")
  static let port = DefaultedOption(
    "port", .integer("P", in: 0...65_535), default: 8080, help: "TCP port to listen on, 0 ... 65535 (0: any free port)."
  )
  static let host = DefaultedOption(
    "host", .text("H", "an IPv4 or IPv6 address of this machine"), default: "127.0.0.1",
    help: "Address to listen on. The default serves this machine only; for a workshop on a local network give its "
      + "address (or 0.0.0.0): every request must then carry the join code printed at start.")
  static let lang = DefaultedOption(
    "lang", .choice(ReportLanguage.self), default: .en,
    help: "Language the page opens in (each page has a switch), zh or en.")
  static let menu = Option(
    "menu", .file(), default: "the standard menu (--print-menu shows it)",
    help: "A menu file: the levers on offer, their labels, explanations and prices, and the budget (Docs/workshop.md).")
  static let printMenu = Flag(
    "print-menu", help: "Print the menu in use as a menu file (a start for your own) and exit without serving.")
  static let seed = CommonArguments.seed(default: "from the scenario file")

  static let spec = CommandSpec(
    "workshop", positional: CommonArguments.scenario,
    options: [
      teams, roundDays, rounds, replications, port, host, lang, menu, printMenu, seed, CommonArguments.threads,
    ],
    examples: [
      "workshop Scenarios/baseline.json --teams 4",
      "workshop Scenarios/flood.json --host 192.168.1.20 --lang zh   (a LAN workshop with a join code)",
    ],
    summary: "Serve a live policy game to browsers: teams start from the same community (the scenario after its "
      + "warm-up) and budget, choose levers each round within it, and see their community's satisfaction, response, "
      + "staff busy share and money week by week, side by side, with what happened narrated; every team shares the "
      + "random numbers, so differences come from the choices. The facilitator plays, pauses, undoes and replays "
      + "rounds, and ends with a debrief (an exportable HTML page with 95% intervals). Listens on 127.0.0.1 unless "
      + "--host says otherwise. Stop with Ctrl-C.")

  static func run(_ arguments: ParsedArguments) throws(CommandFailure) {
    let path = arguments.argument
    let chosenMenu = try loadMenu(arguments[menu])
    if arguments[printMenu] {
      printOutput(
        arguments[menu].flatMap { try? String(contentsOfFile: $0, encoding: .utf8) } ?? WorkshopMenu.standardText)
      return
    }
    var settings = WorkshopSettings()
    settings.teams = arguments[teams]
    settings.roundDays = arguments[roundDays]
    settings.rounds = arguments[rounds]
    settings.replications = arguments[replications]
    settings.threads = arguments[CommonArguments.threads]
    let problems = settings.problems
    guard problems.isEmpty else { throw .usage(problems.joined(separator: "; "), command: "workshop") }
    let game: WorkshopGame
    do {
      let template = try ScenarioTemplate(URL(fileURLWithPath: path))
      game = try WorkshopGame(template: template, menu: chosenMenu, settings: settings, seed: arguments[seed])
    } catch let error as ScenarioFileError {
      throw .dataError(error.description)
    } catch {
      throw .dataError("cannot start the game on \(path): \(error)")
    }
    var generator = SystemRandomNumberGenerator()
    let address = arguments[host]
    let local = ["127.0.0.1", "::1"].contains(address)
    let joinCode = local ? nil : makeJoinCode(using: &generator)
    let key = (0..<3).map { _ in makeJoinCode(using: &generator) }.joined()
    let service = WorkshopService(
      game: game, facilitatorKey: key, language: arguments[lang], provenance: CommonArguments.provenance())
    let server: HTTPServer
    do {
      server = try HTTPServer(
        configuration: HTTPServerConfiguration(host: address, port: arguments[port], joinCode: joinCode),
        handler: service.handle)
    } catch {
      throw CommandFailure(.unavailable, "\(error)")
    }
    server.start()
    let shown = address.contains(":") ? "[\(address)]" : address
    let base = "http://\(shown):\(server.port)/"
    let code = joinCode.map { "?code=\($0)" } ?? ""
    printOutput(
      """
      CommunityTwin workshop: \(game.scenario.name), \(game.scenario.totalResidents) residents, \(settings.teams) teams, \
      \(settings.rounds) rounds of \(settings.roundDays) days, budget CNY \(Int(game.budgetCNY.rounded())) per team
        Teams:       \(base)\(code)
        Facilitator: \(base)\(code.isEmpty ? "?" : code + "&")key=\(key)   (keep this address to yourself)
      \(joinCode.map { "  Join code:   \($0)\n" } ?? "")Stop with Ctrl-C.
      """)
    waitForInterrupt()
    server.stop()
    printError("Workshop stopped after \(service.game.roundsPlayed) rounds.")
  }

  /// The menu file at `path`, or the standard menu.
  private static func loadMenu(_ path: String?) throws(CommandFailure) -> WorkshopMenu {
    guard let path else { return .standard }
    do {
      let data = try Data(contentsOf: URL(fileURLWithPath: path))
      return try WorkshopMenu.decode(data, file: path)
    } catch let error as ScenarioFileError {
      throw .dataError(error.description)
    } catch {
      throw .dataError("cannot read menu file \(path): \(error.localizedDescription)")
    }
  }

  /// Blocks until SIGINT or SIGTERM arrives.
  private static func waitForInterrupt() {
    let stopped = DispatchSemaphore(value: 0)
    let sources = [SIGINT, SIGTERM].map { signalNumber in
      signal(signalNumber, SIG_IGN)
      let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
      source.setEventHandler { stopped.signal() }
      source.resume()
      return source
    }
    stopped.wait()
    for source in sources { source.cancel() }
  }
}
