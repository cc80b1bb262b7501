# SimPy reference benchmark for the speed comparison in Benchmarks/README.md (the `twin-bench mmc` queue), run by record.sh.
"""M/M/c benchmark in SimPy (process-interaction on a binary-heap event list).

Default: lam=9.5/h, mu=1/h per server, c=10 servers (rho=0.95), 1,000,000 customers.
Separate random streams for arrivals and services (common-random-numbers style).
Reports: wall time, engine events/s (SimPy events actually scheduled on the heap),
logical events/s (2 per customer: arrival + departure), customers/s,
mean wait (after warm-up deletion) with a batch-means 95% CI, vs. Erlang-C.
"""
import argparse, random, time, sys
import simpy
from erlang import erlang_c, batch_means_ci


def run(n_customers, lam, mu, c, seed):
    env = simpy.Environment()
    server = simpy.Resource(env, capacity=c)
    rng_arr = random.Random(seed)          # arrival stream
    rng_srv = random.Random(seed + 1_000)  # service stream
    waits = []
    append = waits.append

    def customer(env, server):
        arrive = env.now
        with server.request() as req:
            yield req
            append(env.now - arrive)
            yield env.timeout(rng_srv.expovariate(mu))

    def source(env):
        for _ in range(n_customers):
            yield env.timeout(rng_arr.expovariate(lam))
            env.process(customer(env, server))

    env.process(source(env))
    t0 = time.perf_counter()
    env.run()
    dt = time.perf_counter() - t0
    engine_events = next(env._eid)  # SimPy's monotonically increasing event id = events scheduled
    return dt, engine_events, waits, env.now


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--customers", type=int, default=1_000_000)
    p.add_argument("--lam", type=float, default=9.5)
    p.add_argument("--mu", type=float, default=1.0)
    p.add_argument("--c", type=int, default=10)
    p.add_argument("--seed", type=int, default=42)
    p.add_argument("--warmup-frac", type=float, default=0.05)
    a = p.parse_args()

    dt, ev, waits, tend = run(a.customers, a.lam, a.mu, a.c, a.seed)
    w0 = int(len(waits) * a.warmup_frac)
    m, hw = batch_means_ci(waits[w0:])
    pw, wq, *_ = erlang_c(a.lam, a.mu, a.c)
    n = len(waits)
    print(f"simpy {simpy.__version__} python {sys.version.split()[0]}")
    print(f"customers={n} sim_time={tend:.1f}h wall={dt:.2f}s")
    print(f"engine_events={ev} engine_events_per_s={ev/dt:,.0f}")
    print(f"logical_events_per_s(2/customer)={2*n/dt:,.0f} customers_per_s={n/dt:,.0f}")
    print(f"mean_wait={m:.4f} +- {hw:.4f} h (95% batch means, warm-up {w0} deleted) "
          f"erlang_c_Wq={wq:.4f} h rel_err={(m-wq)/wq:+.2%}")
    print(f"P(wait>0) sim={sum(1 for x in waits[w0:] if x > 0)/(n-w0):.4f} erlang_c={pw:.4f}")


if __name__ == "__main__":
    main()
