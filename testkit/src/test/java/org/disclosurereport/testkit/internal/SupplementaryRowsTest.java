package org.disclosurereport.testkit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.disclosurereport.edition.AxisNode;
import org.disclosurereport.edition.Edition;
import org.disclosurereport.edition.SectionId;
import org.disclosurereport.edition.TableSpec;
import org.disclosurereport.model.SupplementaryRow;
import org.disclosurereport.testkit.random.RandomEntropy;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SupplementaryRowsTest {

  /** A reader must not be able to take a supplementary row for one of the format's rows. */
  @ParameterizedTest
  @EnumSource(Edition.class)
  void noLabelIsALabelOrAliasOfTheEdition(Edition edition) {
    for (TableSpec table : edition.spec().tables()) {
      for (AxisNode top : table.rows()) {
        top.flatten()
            .forEach(
                row -> {
                  assertFalse(SupplementaryRows.LABELS.contains(row.label()), row.label());
                  row.aliases().forEach(a -> assertFalse(SupplementaryRows.LABELS.contains(a), a));
                });
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Edition.class)
  void rowsAreInSectionTwoInTableOrderWithValuesAsPrinted(Edition edition) {
    List<TableSpec> proactive = edition.spec().tables(SectionId.PROACTIVE_DISCLOSURE);
    Amounts amounts = new Amounts(0, 4, 50);
    RandomEntropy entropy = RandomEntropy.seeded(9);
    for (int i = 0; i < 300; i++) {
      List<SupplementaryRow> rows =
          SupplementaryRows.draw(entropy, edition.spec(), 60, 500, amounts);
      List<String> order =
          proactive.stream()
              .map(TableSpec::key)
              .filter(k -> rows.stream().anyMatch(r -> r.table().equals(k)))
              .toList();
      assertEquals(order, rows.stream().map(SupplementaryRow::table).toList());
      for (SupplementaryRow row : rows) {
        assertTrue(SupplementaryRows.LABELS.contains(row.label()));
        TableSpec table = edition.spec().table(row.table()).orElseThrow();
        row.values()
            .forEach(
                (column, text) -> {
                  AxisNode node = table.column(column).orElseThrow();
                  String pattern =
                      switch (node.kind().orElseThrow()) {
                        case COUNT -> "\\d+";
                        case CHANGE -> "[+-]?\\d+";
                        case AMOUNT -> "\\d+(\\.\\d{1,4})?(元|万元)?";
                      };
                  assertTrue(text.matches(pattern), column + " = " + text);
                });
      }
    }
    assertTrue(SupplementaryRows.draw(entropy, edition.spec(), 0, 500, amounts).isEmpty());
  }
}
