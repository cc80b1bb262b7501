# Erlang C and batch means for bench_simpy.py, the SimPy reference benchmark (Benchmarks/README.md).
"""Analytic M/M/c (Erlang-C) reference values and simple output analysis helpers."""
import math


def erlang_c(lam, mu, c):
    """Return (P(wait), Wq, W, Lq, rho) for an M/M/c queue (FCFS, infinite buffer)."""
    a = lam / mu            # offered load in Erlangs
    rho = a / c             # server utilisation
    if rho >= 1:
        raise ValueError("unstable queue: rho >= 1")
    s = sum(a ** k / math.factorial(k) for k in range(c))
    top = a ** c / math.factorial(c) / (1 - rho)
    p_wait = top / (s + top)
    wq = p_wait / (c * mu - lam)
    return p_wait, wq, wq + 1 / mu, lam * wq, rho


def batch_means_ci(xs, n_batches=20, z=2.093):
    """Mean and ~95% half-width by non-overlapping batch means (t_{19,0.975}=2.093)."""
    n = len(xs) // n_batches
    means = [sum(xs[i * n:(i + 1) * n]) / n for i in range(n_batches)]
    m = sum(means) / n_batches
    var = sum((b - m) ** 2 for b in means) / (n_batches - 1)
    return m, z * math.sqrt(var / n_batches)


if __name__ == "__main__":
    pw, wq, w, lq, rho = erlang_c(9.5, 1.0, 10)
    print(f"M/M/10 lam=9.5 mu=1: rho={rho:.3f} P(wait)={pw:.5f} Wq={wq:.5f} h W={w:.5f} h Lq={lq:.4f}")
