import Testing

@testable import TwinCommandLine

/// The completion scripts carry every command, option and allowed value of the tables, and
/// offer files or folders where a path is expected. (That bash, zsh and fish accept them is
/// checked on the real program's scripts in EndToEndTests.)
@Suite struct CompletionScriptTests {
  @Test(arguments: Shell.allCases)
  func everyCommandOptionAndChoiceIsInTheScript(shell: Shell) {
    let script = CompletionScript.render(painter, for: shell)
    for spec in painter.specs {
      #expect(script.contains(spec.name), "\(spec.name)")
      for option in spec.options {
        #expect(script.contains(shell == .fish ? "-l \(option.name)" : option.spelling), "\(option.spelling)")
      }
    }
    for choice in ["red green blue", "bash zsh fish"] { #expect(script.contains(choice), "\(choice)") }
  }

  @Test func pathsAreCompletedAsFilesOrFolders() {
    let bash = CompletionScript.render(painter, for: .bash)
    #expect(bash.contains("--out) _painter_directories; return ;;"))
    #expect(bash.contains("_painter_files json; return"))
    #expect(bash.contains("complete -F _painter painter"))
    let zsh = CompletionScript.render(painter, for: .zsh)
    #expect(zsh.hasPrefix("#compdef painter\n"))
    #expect(zsh.contains("'--out=[Where the photos go]:DIR:_files -/'"))
    #expect(zsh.contains("'*:WALL...:_files -g \"*.json\"'"))
    #expect(zsh.contains("'*--layer=[A layer to paint]:NAME: '"))
    let fish = CompletionScript.render(painter, for: .fish)
    #expect(fish.contains("-l out -x -a '(__fish_complete_directories)'"))
    #expect(
      fish.contains("complete -c painter -n '__fish_seen_subcommand_from paint' -x -a '(__fish_complete_suffix .json)'")
    )
  }

  @Test func descriptionsAreTheFirstSentenceShortenedAtAWord() {
    #expect(CompletionScript.brief("Paint walls. Then admire them.") == "Paint walls")
    let long = "One two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen."
    let brief = CompletionScript.brief(long, limit: 30)
    #expect(brief == "One two three four five six…")
  }
}
