#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

// The kernel's only import besides the standard library: the platform C math library (libm),
// for the elementary functions the standard library lacks. Everything goes through these
// wrappers so the rest of the kernel stays platform-neutral.

@inlinable @inline(__always) func _log(_ x: Double) -> Double { log(x) }
@inlinable @inline(__always) func _log1p(_ x: Double) -> Double { log1p(x) }
@inlinable @inline(__always) func _exp(_ x: Double) -> Double { exp(x) }
@inlinable @inline(__always) func _pow(_ x: Double, _ y: Double) -> Double { pow(x, y) }
@inlinable @inline(__always) func _lgamma(_ x: Double) -> Double { lgamma(x) }
