import Testing
import TwinCommandLine

/// The parser on a table: values of every kind, both spellings, and every mistake it must
/// name (with the option and the command) instead of guessing.
@Suite struct ParserTests {
  @Test func typedValuesComeFromTheTableAndDefaultsFillTheRest() throws {
    let parsed = try paint(["north.json", "--coats", "3", "--seed", "18446744073709551615", "--dry"]).get()
    #expect(parsed.positionals == ["north.json"])
    #expect(parsed[PaintCommand.coats] == 3)
    #expect(parsed[PaintCommand.seed] == UInt64.max)
    #expect(parsed[PaintCommand.colour] == .red)  // the default
    #expect(parsed[PaintCommand.ratio] == nil)
    #expect(parsed[PaintCommand.dry])
    #expect(parsed.isGiven(PaintCommand.coats) && !parsed.isGiven(PaintCommand.colour))
  }

  @Test(arguments: [
    ["--coats", "4"], ["--colour", "blue"], ["--seed", "7"], ["--ratio", "0.25"], ["--layer", "primer"],
    ["--out", "photos/"],
  ])
  func equalsAndSpaceSpellingsAreEquivalent(option: [String]) throws {
    let spaced = try paint(["w.json"] + option).get()
    let joined = try paint(["w.json", option[0] + "=" + option[1]]).get()
    #expect(spaced[PaintCommand.coats] == joined[PaintCommand.coats])
    #expect(spaced[PaintCommand.colour] == joined[PaintCommand.colour])
    #expect(spaced[PaintCommand.seed] == joined[PaintCommand.seed])
    #expect(spaced[PaintCommand.ratio] == joined[PaintCommand.ratio])
    #expect(spaced.all(PaintCommand.layer) == joined.all(PaintCommand.layer))
    #expect(spaced[PaintCommand.out] == joined[PaintCommand.out])
    #expect(spaced.isGiven(PaintCommand.spec.option(named: String(option[0].dropFirst(2)))!))
  }

  @Test func aValueAfterEqualsMayContainEqualsAndStartWithDashes() throws {
    let parsed = try paint(["w.json", "--layer=a=b", "--layer=--top"]).get()
    #expect(parsed.all(PaintCommand.layer) == ["a=b", "--top"])
  }

  @Test func aRepeatableOptionKeepsEveryValueInOrder() throws {
    let parsed = try paint(["w.json", "--layer", "primer", "--layer=gloss"]).get()
    #expect(parsed.all(PaintCommand.layer) == ["primer", "gloss"])
    #expect(parsed[PaintCommand.layer] == "gloss")
  }

  /// Each mistake is a usage error (64) whose report names the option and points to the
  /// command's own help.
  @Test(arguments: [
    (["w.json", "--coats"], "option --coats needs a value for 'paint' (--coats N)"),
    (["w.json", "--coats", "--dry"], "option --coats needs a value for 'paint' (--coats N)"),
    (["w.json", "--coats=0"], "--coats '0' is not a whole number 1 ... 10"),
    (["w.json", "--coats", "x"], "--coats 'x' is not a whole number 1 ... 10"),
    (["w.json", "--seed", "-1"], "--seed '-1' is not a whole number 0 ... 18446744073709551615"),
    (["w.json", "--ratio", "1"], "--ratio '1' is not a ratio in (0, 1), e.g. 0.5"),
    (["w.json", "--colour", "gren"], "--colour 'gren' is not one of red, green, blue; did you mean 'green'?"),
    (["w.json", "--out="], "--out needs a directory name"),
    (["w.json", "--coats", "2", "--coats", "3"], "option --coats given more than once"),
    (["w.json", "--dry=yes"], "--dry is a switch and takes no value"),
    (["w.json", "--cots", "2"], "unknown option '--cots' for 'paint'; did you mean '--coats'?"),
    (["w.json", "--zzzzzz"], "unknown option '--zzzzzz' for 'paint'"),
    (["w.json", "-c", "2"], "unknown option '-c' for 'paint'"),
    ([], "'paint' needs the walls to paint"),
  ])
  func mistakesAreUsageErrorsNamingTheOptionAndTheCommand(arguments: [String], message: String) throws {
    let failure = try #require(paint(arguments).failure)
    #expect(failure.status == .usage)
    #expect(failure.message == message)
    #expect(failure.command == "paint")
    let report = failure.report(program: "painter")
    #expect(report.hasSuffix("Run 'painter paint --help' for usage.\n"))
    if let option = arguments.first(where: { $0.hasPrefix("-") }) {
      #expect(report.contains(option.prefix { $0 != "=" }))
    }
  }

  @Test func aNoteOnlyWhenTheUnknownOptionHasNoCloseName() throws {
    #expect(try #require(paint(["w.json", "--zzzzzz"]).failure).message.contains("did you mean") == false)
  }

  @Test func requiredOptionsAndPositionalCountsAreChecked() throws {
    let hang = HangCommand.spec
    let missing = #expect(throws: CommandFailure.self) { try hang.parse(["mona.json"], program: "painter") }
    #expect(missing?.message == "'hang' needs --hook H, the hook to hang it on")
    let extra = #expect(throws: CommandFailure.self) {
      try hang.parse(["mona.json", "lisa.json", "--hook", "x"], program: "painter")
    }
    #expect(extra?.message == "unexpected argument 'lisa.json' ('hang' takes a picture)")
    let none = #expect(throws: CommandFailure.self) { try hang.parse(["--hook", "x"], program: "painter") }
    #expect(none?.hint == "For example: painter hang mona.json --hook left")
    let wipe = #expect(throws: CommandFailure.self) { try WipeCommand.spec.parse(["x", "--y"], program: "painter") }
    #expect(wipe?.hint == "'wipe' takes no options.")
    #expect(try hang.parse(["-", "--hook", "x"], program: "painter").argument == "-")
  }
}

extension Result {
  /// The error, or `nil` on success.
  var failure: Failure? {
    if case .failure(let error) = self { return error }
    return nil
  }
}
