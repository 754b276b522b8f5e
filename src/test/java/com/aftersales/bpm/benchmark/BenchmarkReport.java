package com.aftersales.bpm.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The results of one benchmark run: printed, and written to target/benchmark as Markdown and CSV. */
final class BenchmarkReport {

  /** {@code higherIsBetter}: a rate (ratio ours ÷ bare); otherwise a size (goal is an upper bound on ours). */
  record Row(String measure, String unit, double ours, double bare, String goal, Double goalValue,
      boolean higherIsBetter) {

    double ratio() {
      return bare == 0 ? Double.NaN : ours / bare;
    }

    String verdict() {
      if (goalValue == null) {
        return "";
      }
      return (higherIsBetter ? ratio() >= goalValue : ours <= goalValue) ? "met" : "NOT met";
    }
  }

  private final String title;
  private final List<Row> rows = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();

  BenchmarkReport(String title) {
    this.title = title;
  }

  void rate(String measure, double ours, double bare, double goalRatio) {
    rows.add(new Row(measure, "per second", ours, bare, String.format(Locale.ROOT, "≥ %.2f×", goalRatio), goalRatio, true));
  }

  void size(String measure, double oursKb, double bareKb, Double goalKb) {
    rows.add(new Row(measure, "KB per case", oursKb, bareKb, goalKb == null ? "" : String.format(Locale.ROOT, "≤ %.0f KB", goalKb),
        goalKb, false));
  }

  void note(String line) {
    notes.add(line);
    System.out.println("[benchmark] " + line);
  }

  void write(Path dir, String name) throws IOException {
    StringBuilder md = new StringBuilder("## " + title + "\n\n| measure | ours | bare engine | ours ÷ bare | goal | |\n|---|---|---|---|---|---|\n");
    StringBuilder csv = new StringBuilder("measure,unit,ours,bare,ratio,goal,verdict\n");
    for (Row r : rows) {
      md.append(String.format(Locale.ROOT, "| %s | %.1f %s | %.1f | %.2f× | %s | %s |%n", r.measure(), r.ours(), r.unit(),
          r.bare(), r.ratio(), r.goal(), r.verdict()));
      csv.append(String.format(Locale.ROOT, "\"%s\",%s,%.3f,%.3f,%.3f,\"%s\",%s%n", r.measure(), r.unit(), r.ours(), r.bare(),
          r.ratio(), r.goal(), r.verdict()));
    }
    md.append('\n');
    notes.forEach(n -> md.append("- ").append(n).append('\n'));
    Files.createDirectories(dir);
    Files.writeString(dir.resolve(name + ".md"), md);
    Files.writeString(dir.resolve(name + ".csv"), csv);
    System.out.println(md);
  }
}
