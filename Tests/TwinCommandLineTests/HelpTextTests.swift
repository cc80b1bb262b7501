import Testing

@testable import TwinCommandLine

/// The help generated from the tables: each command's help has its own rows and no
/// other's; the program's lists every command; nothing is wider than the help's width
/// unless a single word is.
@Suite struct HelpTextTests {
  @Test func aCommandsHelpShowsEveryRowOfItsTableAndNoOther() {
    let help = HelpText.command(PaintCommand.spec, of: painter)
    for option in PaintCommand.spec.options {
      #expect(help.contains("  " + option.usage), "\(option.usage)")
      #expect(help.contains(option.help))
    }
    #expect(help.contains("Default: 2.") && help.contains("Default: red.") && help.contains("Default: from the wall."))
    #expect(help.contains("--colour red|green|blue"))
    #expect(help.contains("May be given more than once."))
    #expect(help.contains("WALL...") && help.contains("painter paint north.json --coats 3"))
    #expect(!help.contains("--hook"))
    #expect(help.hasSuffix("More: painter --help.\n"))
    #expect(
      HelpText.command(HangCommand.spec, of: painter).contains(
        "  --hook H            The hook to hang it on. Required."))
  }

  @Test func theProgramsHelpListsEveryCommandWithItsUsageAndTheSections() {
    let help = HelpText.program(painter)
    #expect(help.hasPrefix("painter 1.2.3: paints walls.\n"))
    for line in [
      "USAGE: painter paint WALL... [options]", "       painter hang PICTURE --hook H", "       painter wipe\n",
      "       painter completion bash|zsh|fish", "       painter <command> --help",
      "       painter --help | --version", "  paint WALL...       Paint walls. Then admire them.", "EXIT STATUS:",
      "  64                  Usage error.",
    ] {
      #expect(help.contains(line), "\(line)")
    }
    #expect(!help.contains("--coats"))
  }

  @Test func linesAreWrappedAtTheWidthAndUsageItemsStayWhole() {
    for text in [HelpText.program(painter)] + painter.specs.map({ HelpText.command($0, of: painter) }) {
      for line in text.split(separator: "\n") where line.contains(" ") {
        #expect(line.count <= HelpText.width, "\(line)")
      }
    }
    let long = String(repeating: "word ", count: 60)
    let spec = CommandSpec(
      "long", positional: nil, options: (1...12).map { Flag("flag-number-\($0)", help: long) }, summary: long)
    let help = HelpText.command(spec, of: painter)
    #expect(help.split(separator: "\n").allSatisfy { $0.count <= HelpText.width })
    #expect(!help.contains("[--flag-number-1\n"))  // `[--x]` items are never split
    #expect(
      HelpText.words(of: "a results/<scenario name>/ and n < 2 or 3 > 1") == [
        "a", "results/<scenario name>/", "and", "n", "<", "2", "or", "3", ">", "1",
      ])
  }
}
