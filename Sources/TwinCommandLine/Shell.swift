/// A shell that `completion` writes a script for.
public enum Shell: String, CaseIterable, Sendable {
  case bash, zsh, fish

  /// Where the script goes so the shell finds it for `program`: a per-user folder bash and
  /// fish search by default; for zsh, a folder to add to `fpath` before `compinit`.
  public func installPath(for program: String) -> String {
    switch self {
    case .bash: "~/.local/share/bash-completion/completions/\(program)"
    case .zsh: "~/.zfunc/_\(program)"
    case .fish: "~/.config/fish/completions/\(program).fish"
    }
  }
}
