import FileFormats
import Foundation

/// Which build wrote an output, on what, how it was called and when: the `provenance`
/// object of `summary.json`, `comparison.json`, `uncertain.json`, a sweep's `manifest.json`
/// and `sensitivity.json`; of ``fileName`` (`provenance.json`) beside outputs that cannot hold
/// it (`warmup.csv`, a calibration's log and files); and the reports' footers.
///
/// ```json
/// "provenance": {
///   "tool": "community-twin",
///   "version": "0.4.0",
///   "commit": "6175947…40 hex digits",
///   "os": "linux",
///   "os_version": "Debian GNU/Linux 13 (trixie)",
///   "architecture": "x86_64",
///   "swift": "6.3.1",
///   "command_line": ["community-twin", "run", "Scenarios/baseline.json"],
///   "started": "2026-12-04T18:45:45Z"
/// }
/// ```
///
/// `commit` is embedded at build time (`unknown` for a build outside a git repository; a
/// build with uncommitted changes records the commit it started from). `started` is UTC,
/// ISO 8601, to the second; with `SOURCE_DATE_EPOCH` set (seconds since 1970, the
/// reproducible-builds convention) it is that time instead, so two runs can give the same
/// bytes. Outputs written before provenance was recorded have none (``read(from:)`` gives
/// `nil`).
///
/// It is also `Encodable`: with `JSONEncoder`'s snake-case keys it gives the keys above (the
/// workshop's `/api/debrief`).
public struct Provenance: Hashable, Sendable, Encodable {
  /// The executable's name, `community-twin`.
  public var tool: String
  /// ``ToolVersion/current`` of the build.
  public var version: String
  /// The git commit the build was made from, or `unknown`.
  public var commit: String
  /// `linux`, `macos`, … and the system's own description of its version.
  public var os: String
  public var osVersion: String
  /// `x86_64`, `arm64`, …
  public var architecture: String
  /// The compiler's version (``CompilerVersion``).
  public var swift: String
  /// The arguments as the process received them, the executable's path first.
  public var commandLine: [String]
  /// When the command started: UTC, ISO 8601, whole seconds (`2026-12-04T18:45:45Z`).
  public var started: String

  public init(
    tool: String, version: String, commit: String, os: String, osVersion: String, architecture: String,
    swift: String, commandLine: [String], started: String
  ) {
    self.tool = tool
    self.version = version
    self.commit = commit
    self.os = os
    self.osVersion = osVersion
    self.architecture = architecture
    self.swift = swift
    self.commandLine = commandLine
    self.started = started
  }

  /// This process's provenance: `commit` as the build embedded it, this machine's system,
  /// ``ToolVersion/current``, the compiler that built this module, the process's arguments,
  /// and now (or `SOURCE_DATE_EPOCH`).
  public static func current(tool: String = "community-twin", commit: String) -> Provenance {
    let environment = ProcessInfo.processInfo.environment
    let now =
      environment["SOURCE_DATE_EPOCH"].flatMap(TimeInterval.init).map(Date.init(timeIntervalSince1970:)) ?? Date()
    return Provenance(
      tool: tool, version: ToolVersion.current, commit: commit, os: operatingSystem,
      osVersion: ProcessInfo.processInfo.operatingSystemVersionString, architecture: architecture,
      swift: CompilerVersion.current, commandLine: CommandLine.arguments, started: timestamp(now))
  }

  /// `date` as UTC ISO 8601 to the second, e.g. `2026-12-04T18:45:45Z`.
  public static func timestamp(_ date: Date) -> String {
    date.formatted(Date.ISO8601FormatStyle(timeZone: TimeZone(identifier: "UTC")!))
  }

  /// Whether `other` was written by the same build: the same version and commit.
  public func isSameBuild(as other: Provenance) -> Bool {
    version == other.version && commit == other.commit
  }

  /// The build in words: `0.4.0 (commit 6175947a1b2c)`.
  public var build: String {
    "\(version) (commit \(commit == "unknown" ? "unknown" : String(commit.prefix(12))))"
  }

  /// One line for a report's footer: tool, build, system, compiler, start and command line.
  public var sentence: String {
    "\(tool) \(build) on \(os) \(architecture) (\(osVersion)), Swift \(swift); started \(started): "
      + commandLine.map(Self.quoted).joined(separator: " ")
  }

  /// `argument` as a shell would need it: as is when it is plain, else in single quotes.
  private static func quoted(_ argument: String) -> String {
    let plain = !argument.isEmpty && argument.allSatisfy { $0.isLetter || $0.isNumber || "-_./=:,+@%".contains($0) }
    return plain ? argument : "'" + argument.replacing("'", with: "'\\''") + "'"
  }

  /// The `provenance` object, its closing brace indented by `indent`.
  public func json(indent: String) -> String {
    JSONText.object(
      [
        ("tool", JSONText.string(tool)), ("version", JSONText.string(version)), ("commit", JSONText.string(commit)),
        ("os", JSONText.string(os)), ("os_version", JSONText.string(osVersion)),
        ("architecture", JSONText.string(architecture)), ("swift", JSONText.string(swift)),
        ("command_line", "[" + commandLine.map { JSONText.string($0) }.joined(separator: ", ") + "]"),
        ("started", JSONText.string(started)),
      ], indent: indent)
  }

  /// The file that records the provenance of the outputs beside it that cannot hold it
  /// themselves (CSV files that must stay plain tables, a calibration's log).
  public static let fileName = "provenance.json"

  /// The text of ``fileName``: `{"provenance": {…}}` and a line end.
  public var fileText: String { JSONText.object([("provenance", json(indent: "  "))], indent: "") + "\n" }

  /// The `provenance` object of the JSON file at `url`, `nil` when the file has none (it
  /// predates provenance).
  /// - Throws: ``FileReadError`` naming the file and key path when it cannot be read or the
  ///   object is malformed.
  public static func read(from url: URL) throws(FileReadError) -> Provenance? {
    try read(in: try JSONFields.root(of: url))
  }

  /// The `provenance` object of `root`, `nil` when absent.
  static func read(in root: JSONFields) throws(FileReadError) -> Provenance? {
    guard root.contains("provenance") else { return nil }
    let p = try root.fields("provenance")
    return Provenance(
      tool: try p.string("tool"), version: try p.string("version"), commit: try p.string("commit"),
      os: try p.string("os"), osVersion: try p.string("os_version"), architecture: try p.string("architecture"),
      swift: try p.string("swift"), commandLine: try p.strings("command_line"), started: try p.string("started"))
  }

  private static let operatingSystem: String = {
    #if os(Linux)
    "linux"
    #elseif os(macOS)
    "macos"
    #elseif os(Windows)
    "windows"
    #else
    "unknown"
    #endif
  }()

  private static let architecture: String = {
    #if arch(x86_64)
    "x86_64"
    #elseif arch(arm64)
    "arm64"
    #else
    "unknown"
    #endif
  }()
}
