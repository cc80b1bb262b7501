import Synchronization

/// A token bucket per client address: each bucket holds up to `requestsPerMinute` tokens,
/// refills at `requestsPerMinute` tokens a minute, and each request takes one. Safe from any
/// thread (one mutex).
///
/// Memory: one bucket per address seen; once there are more than ``pruneThreshold`` buckets,
/// those that have refilled completely (their clients quiet for up to a minute) are dropped,
/// which changes nothing for those clients.
final class RateLimiter: Sendable {
  /// What a request gets.
  enum Decision: Equatable {
    case admitted
    /// Refused: the next token comes in this many whole seconds (at least 1), the
    /// `Retry-After` value.
    case limited(retryAfterSeconds: Int)
  }

  /// Buckets kept before full ones are dropped.
  static let pruneThreshold = 4_096

  private struct Bucket {
    var tokens: Double
    var updated: ContinuousClock.Instant
  }

  private let capacity: Double
  private let tokensPerSecond: Double
  private let buckets = Mutex<[String: Bucket]>([:])

  /// - Precondition: `requestsPerMinute` ≥ 1 (the configuration is checked before).
  init(requestsPerMinute: Int) {
    precondition(requestsPerMinute >= 1, "RateLimiter: requestsPerMinute \(requestsPerMinute) < 1")
    capacity = Double(requestsPerMinute)
    tokensPerSecond = Double(requestsPerMinute) / 60
  }

  /// Takes a token from `client`'s bucket at time `now`, if it has one. O(1) amortised; O(buckets)
  /// when it prunes.
  func admit(_ client: String, at now: ContinuousClock.Instant) -> Decision {
    buckets.withLock { buckets in
      if buckets.count > Self.pruneThreshold {
        buckets = buckets.filter { refilled($0.value, at: now) < capacity }
      }
      var bucket = buckets[client] ?? Bucket(tokens: capacity, updated: now)
      bucket.tokens = refilled(bucket, at: now)
      bucket.updated = now
      defer { buckets[client] = bucket }
      guard bucket.tokens >= 1 else {
        let wait = (1 - bucket.tokens) / tokensPerSecond
        return .limited(retryAfterSeconds: max(1, Int(wait.rounded(.up))))
      }
      bucket.tokens -= 1
      return .admitted
    }
  }

  /// The tokens `bucket` holds at `now`, at most the capacity. O(1).
  private func refilled(_ bucket: Bucket, at now: ContinuousClock.Instant) -> Double {
    let elapsed = bucket.updated.duration(to: now)
    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
    return min(capacity, bucket.tokens + max(0, seconds) * tokensPerSecond)
  }
}
