/// The version of the Swift compiler that built this module, as far as `#if compiler(>=…)`
/// can tell it: exact for every release from 6.2 (the package's minimum) to 6.3.2, and
/// "6.4 or later" beyond the last rung (add rungs as toolchains are adopted).
enum CompilerVersion {
  static let current: String = {
    #if compiler(>=6.4)
    "6.4 or later"
    #elseif compiler(>=6.3.2)
    "6.3.2"
    #elseif compiler(>=6.3.1)
    "6.3.1"
    #elseif compiler(>=6.3)
    "6.3"
    #elseif compiler(>=6.2.3)
    "6.2.3"
    #elseif compiler(>=6.2.2)
    "6.2.2"
    #elseif compiler(>=6.2.1)
    "6.2.1"
    #else
    "6.2"
    #endif
  }()
}
