package com.aftersales.bpm.benchmark;

import com.aftersales.bpm.benchmark.Lifecycles.Side;
import com.aftersales.bpm.support.Http;
import com.aftersales.bpm.support.TestDatabase;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 16: our models against the bare engine running their twins ({@link BareModels}), side by
 * side in one application, in alternating rounds: the intake of a grade S rescue over HTTP, a full
 * rescue and a full parts order ({@link Lifecycles}); then SQL statements per case and bytes on
 * disk per finished case. On demand, not in verify:
 * {@code mvn -B test -Dtest=EngineOverheadBenchmark -DskipJsChecks [-Daftersales.test.database=postgres]}
 * Sizes: -Dbenchmark.rounds (5), .intakes (200 per round and side), .lifecycles (40), .disk (200), .threads (4).
 * Results: target/benchmark/engine-overhead-{h2,postgres}.md and .csv.
 */
@BenchmarkApplication
class EngineOverheadBenchmark {

  private static final int ROUNDS = Integer.getInteger("benchmark.rounds", 5);
  private static final int INTAKES = Integer.getInteger("benchmark.intakes", 200);
  private static final int LIFECYCLES = Integer.getInteger("benchmark.lifecycles", 40);
  private static final int DISK = Integer.getInteger("benchmark.disk", 200);
  private static final int THREADS = Integer.getInteger("benchmark.threads", 4);
  private static final Path OUT = Path.of("target", "benchmark");

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  @Autowired RuntimeService runtime;
  @Autowired JdbcTemplate db;
  private final AtomicInteger serial = new AtomicInteger();

  @Test
  void oursAgainstTheBareEngine() throws Exception {
    String database = TestDatabase.postgres() ? "postgres" : "h2";
    Lifecycles cases = Lifecycles.withBareTwins(context).learnBareStarts("BENCH");
    IntakeLoad intake = new IntakeLoad(new Http(port), runtime, "BENCH-I");
    BenchmarkReport report = new BenchmarkReport("Ours against the bare engine, " + database + ", "
        + THREADS + " clients, median of " + ROUNDS + " alternating rounds");
    report.note("bare intake starts with the " + intake.variableCount + " variables ours has at the first user task");

    for (Side side : Side.values()) { // JIT and caches
      measureIntake(intake, side, INTAKES / 4);
      measureRescue(cases, side, LIFECYCLES / 4);
      measureParts(cases, side, LIFECYCLES / 4);
    }
    Map<String, List<Double>> rates = new HashMap<>();
    for (int round = 0; round < ROUNDS; round++) {
      List<Side> order = round % 2 == 0 ? List.of(Side.OURS, Side.BARE) : List.of(Side.BARE, Side.OURS);
      for (Side side : order) {
        rates.computeIfAbsent("intake " + side, k -> new ArrayList<>()).add(measureIntake(intake, side, INTAKES));
      }
      for (Side side : order) {
        rates.computeIfAbsent("rescue " + side, k -> new ArrayList<>()).add(measureRescue(cases, side, LIFECYCLES));
      }
      for (Side side : order) {
        rates.computeIfAbsent("parts " + side, k -> new ArrayList<>()).add(measureParts(cases, side, LIFECYCLES));
      }
      System.out.println("[benchmark] round " + round + ": " + rates);
    }
    report.rate("intake of a grade S rescue to its first user task (HTTP)", median(rates.get("intake OURS")),
        median(rates.get("intake BARE")), 0.85);
    report.rate("full rescue lifecycle", median(rates.get("rescue OURS")), median(rates.get("rescue BARE")), 0.85);
    report.rate("full parts-shortage lifecycle", median(rates.get("parts OURS")), median(rates.get("parts BARE")), 0.85);
    report.note("rounds: " + rates);

    statementsPerCase(cases, report);
    diskPerCase(cases, report, database);
    report.write(OUT, "engine-overhead-" + database);
  }

  private double measureIntake(IntakeLoad intake, Side side, int n) throws Exception {
    String prefix = "BENCH-" + side + "-" + serial.incrementAndGet() + "-";
    return Parallel.rate(THREADS, n, i -> {
      if (side == Side.OURS) {
        intake.ours(prefix + i);
      } else {
        intake.bare(prefix + i);
      }
    });
  }

  private double measureRescue(Lifecycles cases, Side side, int n) throws Exception {
    String prefix = "R-" + side + "-" + serial.incrementAndGet() + "-";
    return Parallel.rate(THREADS, n, i -> cases.rescue(side, prefix + i));
  }

  private double measureParts(Lifecycles cases, Side side, int n) throws Exception {
    String prefix = "P-" + side + "-" + serial.incrementAndGet() + "-";
    return Parallel.rate(THREADS, n, i -> cases.parts(side, prefix + i));
  }

  /** SQL statements per case, by kind, one client, ten cases of each. */
  private void statementsPerCase(Lifecycles cases, BenchmarkReport report) throws Exception {
    Map<String, Map<String, Long>> counted = new HashMap<>();
    for (String kind : List.of("rescue", "parts")) {
      for (Side side : Side.values()) {
        StatementCounter.reset();
        StatementCounter.counting = true;
        try {
          Parallel.rate(1, 10, i -> {
            String id = "S-" + side + "-" + serial.incrementAndGet();
            if (kind.equals("rescue")) {
              cases.rescue(side, id);
            } else {
              cases.parts(side, id);
            }
          });
        } finally {
          StatementCounter.counting = false;
        }
        counted.put(kind + " " + side, StatementCounter.counts());
      }
      Map<String, Long> ours = counted.get(kind + " OURS");
      StringBuilder csv = new StringBuilder("statement,ours per case,bare per case\n");
      Map<String, Long> bare = counted.get(kind + " BARE");
      report.note(String.format("SQL statements per %s: ours %.1f, bare %.1f", kind, total(ours) / 10.0, total(bare) / 10.0));
      TreeSet<String> kinds = new TreeSet<>(ours.keySet());
      kinds.addAll(bare.keySet());
      kinds.forEach(k -> csv.append(String.format(java.util.Locale.ROOT, "%s,%.1f,%.1f%n", k, ours.getOrDefault(k, 0L) / 10.0,
          bare.getOrDefault(k, 0L) / 10.0)));
      java.nio.file.Files.createDirectories(OUT);
      java.nio.file.Files.writeString(OUT.resolve("statements-" + kind + "-" + (TestDatabase.postgres() ? "postgres" : "h2") + ".csv"), csv);
      kinds.stream().filter(k -> ours.getOrDefault(k, 0L) - bare.getOrDefault(k, 0L) >= 10)
          .sorted((a, b) -> Long.compare(ours.getOrDefault(b, 0L) - bare.getOrDefault(b, 0L),
              ours.getOrDefault(a, 0L) - bare.getOrDefault(a, 0L)))
          .limit(12).forEach(k -> report.note(String.format("  %s %s: ours %.1f, bare %.1f", kind, k,
              ours.getOrDefault(k, 0L) / 10.0, bare.getOrDefault(k, 0L) / 10.0)));
    }
  }

  private void diskPerCase(Lifecycles cases, BenchmarkReport report, String database) throws Exception {
    if (TestDatabase.postgres()) {
      double[] kb = new double[4];
      int i = 0;
      for (String kind : List.of("rescue", "parts")) {
        for (Side side : List.of(Side.OURS, Side.BARE)) {
          long before = DiskPerCase.postgresBytes(db);
          String prefix = "D-" + side + "-" + serial.incrementAndGet() + "-";
          Parallel.rate(THREADS, DISK, n -> {
            if (kind.equals("rescue")) {
              cases.rescue(side, prefix + n);
            } else {
              cases.parts(side, prefix + n);
            }
          });
          kb[i++] = (DiskPerCase.postgresBytes(db) - before) / 1024.0 / DISK;
        }
      }
      report.size("PostgreSQL per finished rescue (all relations)", kb[0], kb[1], 40.0);
      report.size("PostgreSQL per finished parts order (all relations)", kb[2], kb[3], null);
      return;
    }
    Path root = OUT.resolve("h2-disk");
    long empty = DiskPerCase.h2FileBytes(root, new DiskPerCase.H2Run("none", 0, (c, n) -> { }), cases.bareRescue,
        cases.bareParts, THREADS);
    double[] kb = new double[4];
    int i = 0;
    for (String kind : List.of("rescue", "parts")) {
      for (Side side : List.of(Side.OURS, Side.BARE)) {
        String name = kind + "-" + side.name().toLowerCase();
        long bytes = DiskPerCase.h2FileBytes(root, new DiskPerCase.H2Run(name, DISK, (c, n) -> {
          if (kind.equals("rescue")) {
            c.rescue(side, "H-" + n);
          } else {
            c.parts(side, "H-" + n);
          }
        }), cases.bareRescue, cases.bareParts, THREADS);
        kb[i++] = (bytes - empty) / 1024.0 / DISK;
      }
    }
    report.note(String.format("H2 file of an application that ran no case: %,d KB", empty / 1024));
    report.size("H2 file per finished rescue (after closing)", kb[0], kb[1], 80.0);
    report.size("H2 file per finished parts order (after closing)", kb[2], kb[3], null);
  }

  private static long total(Map<String, Long> counts) {
    return counts.values().stream().mapToLong(Long::longValue).sum();
  }

  private static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    return sorted.get(sorted.size() / 2);
  }
}
