/// Closed-form results for Markovian queues, to validate the kernel against theory.
///
/// Rates are per unit of time (the caller's choice, e.g. per hour); results are in the same
/// unit. Formulas: Erlang B by its stable recursion, Erlang C from Erlang B
/// (Kleinrock, *Queueing Systems* vol. 1, §3.5–3.6).
public enum QueueingFormulas {
  /// Erlang B: the blocking probability of an M/M/c/c loss system with offered load
  /// `a` = λ/μ Erlangs. Recursion B(0) = 1, B(k) = a·B(k−1) / (k + a·B(k−1)).
  /// - Precondition: `servers` ≥ 1, `offeredLoad` ≥ 0.
  public static func erlangB(servers: Int, offeredLoad a: Double) -> Double {
    precondition(servers >= 1 && a >= 0, "Erlang B needs servers ≥ 1 and load ≥ 0")
    var b = 1.0
    for k in 1...servers { b = a * b / (Double(k) + a * b) }
    return b
  }

  /// Erlang C: the probability that an arrival waits in an M/M/c queue with offered load `a`.
  /// C = c·B / (c − a(1 − B)).
  /// - Precondition: a < c (stable queue).
  public static func erlangC(servers: Int, offeredLoad a: Double) -> Double {
    precondition(a < Double(servers), "Erlang C needs offered load < servers (stable queue)")
    let b = erlangB(servers: servers, offeredLoad: a)
    return Double(servers) * b / (Double(servers) - a * (1 - b))
  }

  /// Mean wait in queue Wq of an M/M/c queue: C / (cμ − λ).
  public static func mmcMeanWait(arrivalRate lambda: Double, serviceRate mu: Double, servers: Int) -> Double {
    erlangC(servers: servers, offeredLoad: lambda / mu) / (Double(servers) * mu - lambda)
  }

  /// Server utilisation ρ = λ / (cμ).
  public static func utilization(arrivalRate lambda: Double, serviceRate mu: Double, servers: Int) -> Double {
    lambda / (Double(servers) * mu)
  }
}
