/// The `--help` texts, generated from the tables: the program's (usage lines, the command
/// list, its sections) and each command's (its usage, arguments, options and examples).
public enum HelpText {
  /// The width the help is wrapped to [columns].
  public static let width = 94
  /// Where the second column starts in two-column parts [columns].
  static let column = 22

  /// `program --help`.
  public static func program(_ program: Program) -> String {
    let specs = program.specs
    let name = program.name
    var usage = specs.map { "\(name) \($0.shortSynopsis)" }
    usage.append("\(name) <\(program.commandNoun)> --help")
    usage.append("\(name) --help" + (program.version == nil ? "" : " | --version"))
    var lines = ["\(name)\(program.version.map { " " + $0 } ?? ""): \(program.headline)", ""]
    lines += zip(usage.indices, usage).map { ($0 == 0 ? "USAGE: " : "       ") + $1 }
    lines += ["", "\(program.commandNoun.uppercased())S:"]
    lines += specs.flatMap { spec in
      entry(spec.name + (spec.positional.map { " " + $0.placeholder } ?? ""), spec.summary)
    }
    var options = [HelpEntry("-h, --help", "Show this help; after a \(program.commandNoun), its options.")]
    if program.version != nil { options.append(HelpEntry("--version", "Show the version.")) }
    for section in [HelpSection("OPTIONS", entries: options)] + program.sections {
      lines.append("")
      if let title = section.title { lines.append(title + ":") }
      lines += section.text.map { wrapped($0, indent: section.title == nil ? "" : "  ") } ?? []
      lines += section.entries.flatMap { entry($0.term, $0.text) }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// `program COMMAND --help`: that command's options only.
  public static func command(_ spec: CommandSpec, of program: Program) -> String {
    let prefix = "USAGE: \(program.name) "
    var lines = wrapped(words: spec.fullSynopsis, indent: String(repeating: " ", count: prefix.count), first: prefix)
    lines += [""] + wrapped(spec.summary, indent: "")
    if let positional = spec.positional {
      lines += ["", "ARGUMENTS:"] + entry(positional.placeholder, positional.help)
    }
    lines += ["", "OPTIONS (--option value, or --option=value):"]
    for option in spec.options {
      var text = option.help
      if option.isRequired { text += " Required." }
      if option.isRepeatable { text += " May be given more than once." }
      if let defaultText = option.defaultText { text += " Default: \(defaultText)." }
      lines += entry(option.usage, text)
    }
    lines += entry("-h, --help", "Show this help.")
    if !spec.examples.isEmpty {
      // Command lines, not prose: never wrapped (a long one continues after `\` on its own).
      lines +=
        ["", "EXAMPLES:"] + spec.examples.flatMap { "\(program.name) \($0)".split(separator: "\n").map { "  " + $0 } }
    }
    if let footer = program.commandHelpFooter { lines += ["", footer] }
    return lines.joined(separator: "\n") + "\n"
  }

  /// `term` in the first column and `text` wrapped in the second; a term too wide for the
  /// first column gets a line of its own.
  static func entry(_ term: String, _ text: String) -> [String] {
    let indent = String(repeating: " ", count: column)
    let head = "  " + term
    if head.count <= column - 2 {
      return wrapped(text, indent: indent, first: head.padding(toLength: column, withPad: " ", startingAt: 0))
    }
    return [head] + wrapped(text, indent: indent)
  }

  /// `text`'s lines (split at `\n`), each wrapped at spaces to ``width``: the first output
  /// line starts with `first` (default `indent`), the others with `indent`; a line's own
  /// leading spaces are kept after the indent.
  /// - Complexity: O(characters).
  static func wrapped(_ text: String, indent: String, first: String? = nil) -> [String] {
    var lines: [String] = []
    for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
      let ownIndent = String(paragraph.prefix { $0 == " " })
      lines += wrapped(
        words: words(of: paragraph), indent: indent + ownIndent,
        first: (lines.isEmpty ? first ?? indent : indent) + ownIndent)
    }
    return lines
  }

  /// The words of `line`, split at spaces except inside a `<…>` placeholder
  /// (`results/<scenario name>/` is one word; a lone `<`, as in `n < 2`, opens nothing).
  static func words(of line: Substring) -> [String] {
    var words: [String] = []
    var insidePlaceholder = false
    for word in line.split(separator: " ") {
      if insidePlaceholder { words[words.count - 1] += " " + word } else { words.append(String(word)) }
      let current = words[words.count - 1]
      if let open = current.lastIndex(of: "<"), current.index(after: open) < current.endIndex {
        insidePlaceholder = current[open...].firstIndex(of: ">") == nil
      } else {
        insidePlaceholder = insidePlaceholder && !current.contains(">")
      }
    }
    return words
  }

  /// `words` filled into lines of at most ``width`` (a word longer than a line stands alone),
  /// the first starting with `first`, the others with `indent`; a word is never split, so a
  /// usage item such as `[--seed S]` stays whole.
  static func wrapped(words: [String], indent: String, first: String) -> [String] {
    var lines: [String] = []
    var line = first
    var lineIsEmpty = true
    for word in words {
      if !lineIsEmpty && line.count + 1 + word.count > width {
        lines.append(line)
        line = indent
        lineIsEmpty = true
      }
      line += (lineIsEmpty ? "" : " ") + word
      lineIsEmpty = false
    }
    while line.hasSuffix(" ") { line.removeLast() }
    return lines + [line]
  }
}
