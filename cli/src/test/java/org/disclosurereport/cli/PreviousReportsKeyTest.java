package org.disclosurereport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

class PreviousReportsKeyTest {
  /** Organ names are matched without the white space of {@code \s}, and no other characters. */
  @Test
  void anOrgansKeyLeavesOutWhiteSpaceOnly() {
    qt().withExamples(2000)
        .forAll(
            SourceDSL.lists()
                .of(
                    Generate.pick(
                        List.of(
                            "某", "市", " ", "\t", "\n", "\u000B", "\f", "\r", "\u3000", "\u00A0",
                            "\u001C", "\b", "/", "a")))
                .ofSizeBetween(0, 12),
            SourceDSL.integers().between(1990, 2100))
        .checkAssert(
            (parts, year) -> {
              String organ = String.join("", parts);
              assertEquals(
                  organ.replaceAll("\\s", "") + "/" + year, PreviousReports.key(organ, year));
            });
  }
}
