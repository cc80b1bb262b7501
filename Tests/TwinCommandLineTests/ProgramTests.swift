import Testing
import TwinCommandLine

/// Which command a command line reaches, and how failures are reported.
@Suite struct ProgramTests {
  /// The invocation's kind, in words, for comparison.
  func route(_ arguments: [String]) -> String {
    do {
      switch try painter.invocation(for: arguments) {
      case .programHelp: return "program help"
      case .commandHelp(let spec): return "help \(spec.name)"
      case .version(let version): return "version \(version)"
      case .completion(let shell): return "completion \(shell.rawValue)"
      case .command(let command, let parsed): return "\(command.spec.name) \(parsed.positionals)"
      }
    } catch {
      return "error \(error.status.rawValue): \(error.message)"
    }
  }

  @Test(arguments: [
    ([], "program help"), (["--help"], "program help"), (["-h"], "program help"), (["help"], "program help"),
    (["help", "hang"], "help hang"), (["paint", "w.json", "--coats", "x", "--help"], "help paint"),
    (["hang", "-h"], "help hang"), (["--version"], "version 1.2.3"), (["completion", "fish"], "completion fish"),
    (["completion", "--help"], "help completion"), (["paint", "w.json"], #"paint ["w.json"]"#),
    (["pant"], "error 64: unknown command 'pant'; did you mean 'paint'?"),
    (["help", "pant"], "error 64: unknown command 'pant'; did you mean 'paint'?"),
    (["--coats", "3"], "error 64: unknown option '--coats'"),
    (["completion", "tcsh"], "error 64: 'completion' takes a shell, one of bash, zsh, fish, not 'tcsh'"),
  ])
  func commandLinesReachWhatTheyAskFor(arguments: [String], expected: String) {
    #expect(route(arguments).hasPrefix(expected))
  }

  @Test func anUnknownCommandListsTheCommands() throws {
    let failure = #expect(throws: CommandFailure.self) { try painter.invocation(for: ["frobnicate"]) }
    #expect(failure?.hint == "The commands are 'paint', 'hang', 'wipe' and 'completion'.")
    #expect(failure?.report(program: "painter").hasSuffix("Run 'painter --help' for usage.\n") == true)
  }

  @Test func aCommandsFailureKeepsItsStatusAndOnlyUsageErrorsPointToTheHelp() {
    #expect(painter.run(["hang", "mona.json", "--hook", "left"]) == .dataError)
    #expect(painter.run(["wipe"]) == .success)
    let data = CommandFailure.dataError("x.json: 2 problems:\n  a\n  b", hint: "Fix them.")
    #expect(data.report(program: "painter") == "painter: error: x.json: 2 problems:\n  a\n  b\nFix them.\n")
    #expect(CommandFailure.cannotCreate("no room").report(program: "painter") == "painter: error: no room\n")
    let usage = CommandFailure.usage("bad").within(command: "paint")
    #expect(usage.report(program: "painter") == "painter: error: bad\nRun 'painter paint --help' for usage.\n")
    #expect(usage.within(command: "hang").command == "paint")  // the innermost command stays
  }

  @Test func exitStatusesAreTheSysexitsOnes() {
    #expect(ExitStatus.allCases.map(\.rawValue) == [0, 64, 65, 69, 73])
  }
}
