/// The exit statuses of the project's executables (sysexits.h), each for one audience.
///
/// Only an executable's `main.swift` exits; everything else throws a ``CommandFailure`` that
/// carries one of these.
public enum ExitStatus: Int32, Sendable, CaseIterable {
  /// The command did what was asked.
  case success = 0
  /// EX_USAGE, for the person typing: unknown command or option, missing or invalid value,
  /// settings that do not go together.
  case usage = 64
  /// EX_DATAERR, for the person who wrote an input: a scenario or sweep file that is missing,
  /// unreadable or invalid, or a folder that is not the output the command needs.
  case dataError = 65
  /// EX_UNAVAILABLE, for whoever runs the machine: a service cannot start (the workshop's
  /// port is in use or its address is not this machine's).
  case unavailable = 69
  /// EX_CANTCREAT, for whoever owns the disk: an output file or folder cannot be written.
  case cannotCreate = 73
}
