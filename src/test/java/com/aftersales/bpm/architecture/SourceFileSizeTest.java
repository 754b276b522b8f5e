package com.aftersales.bpm.architecture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * Issue 17: small files, so the next engineer reads a class or a test in one sitting. Every Java
 * and JavaScript source of ours, main and test, has at most {@value #MAX_LINES} lines; a file that
 * grows past it is split by what it covers, not trimmed.
 */
class SourceFileSizeTest {

  static final int MAX_LINES = 215;

  @Test
  void noSourceFileIsLongerThanTheLimit() throws IOException {
    List<String> tooLong;
    try (Stream<Path> files = Files.walk(Path.of("src"))) {
      tooLong = files.filter(SourceFileSizeTest::isSource).filter(f -> lines(f) > MAX_LINES)
          .map(f -> f + ": " + lines(f) + " lines").sorted().toList();
    }
    Assertions.assertThat(tooLong).as("files over %d lines", MAX_LINES).isEmpty();
  }

  private static boolean isSource(Path file) {
    String name = file.getFileName().toString();
    return !file.toString().contains("node_modules") && Files.isRegularFile(file)
        && (name.endsWith(".java") || name.endsWith(".js") || name.endsWith(".cjs") || name.endsWith(".mjs"));
  }

  private static long lines(Path file) {
    try (Stream<String> lines = Files.lines(file)) {
      return lines.count();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
