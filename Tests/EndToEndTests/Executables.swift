import Foundation
import _TwinTestSupport

/// Runs a product from the build folder (the test bundle sits beside the executables), in
/// `directory` if given (else in this process's working directory).
func execute(_ product: String, _ arguments: [String], in directory: URL? = nil) throws -> (
  status: Int32, stdout: String, stderr: String
) {
  try execute(at: Bundle.main.bundleURL.appendingPathComponent(product).path, arguments, in: directory)
}

/// Runs the executable at `path` with `arguments` (and `environment` added to this
/// process's), in `directory` if given; its exit status and output.
func execute(
  at path: String, _ arguments: [String], environment: [String: String] = [:], in directory: URL? = nil
) throws -> (status: Int32, stdout: String, stderr: String) {
  let process = Process()
  process.executableURL = URL(fileURLWithPath: path)
  process.arguments = arguments
  process.currentDirectoryURL = directory
  if !environment.isEmpty {
    process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
  }
  let out = Pipe()
  let err = Pipe()
  process.standardOutput = out
  process.standardError = err
  try process.run()
  let stdout = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
  let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
  process.waitUntilExit()
  return (process.terminationStatus, stdout, stderr)
}

/// The package's root folder (for `Scenarios/…`).
let packageRoot = Fixtures.packageRoot
