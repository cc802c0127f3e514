package org.disclosurereport.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CellSourceTest {
  /** A position that counts how often it is asked. */
  private static final class Counted implements SourcePosition {
    final AtomicInteger asked = new AtomicInteger();
    private final int line;
    private final int column;

    Counted(int line, int column) {
      this.line = line;
      this.column = column;
    }

    @Override
    public OptionalInt line() {
      asked.incrementAndGet();
      return OptionalInt.of(line);
    }

    @Override
    public OptionalInt lineColumn() {
      asked.incrementAndGet();
      return OptionalInt.of(column);
    }
  }

  private static CellSource.Builder cell() {
    return CellSource.builder().format(DocumentFormat.HTML).table(2).row(4).column(3).rawText("5");
  }

  @Test
  void aPositionFoundOnDemandIsAskedOnlyWhenTheLineIsWanted() {
    Counted position = new Counted(17, 9);
    CellSource source = cell().position(position).build();
    CellSource copy = source.withRawText("5 件").withRow(5);
    CellSource rebuilt = CellSource.builder().from(copy).rawText("6").build();
    assertEquals(0, position.asked.get(), "building and copying do not ask");
    assertEquals(OptionalInt.of(17), rebuilt.line());
    assertEquals(OptionalInt.of(9), rebuilt.lineColumn());
    assertEquals(OptionalInt.of(5), rebuilt.row());
  }

  @Test
  void aPositionFoundOnDemandIsEqualToTheSameLineGiven() {
    CellSource deferred = cell().position(new Counted(17, 9)).build();
    CellSource given = cell().line(17).lineColumn(9).build();
    assertEquals(given, deferred);
    assertEquals(deferred, given);
    assertEquals(given.hashCode(), deferred.hashCode());
    assertEquals(given.toString(), deferred.toString());
    assertNotEquals(cell().line(18).lineColumn(9).build(), deferred);
    assertNotEquals(cell().line(17).build(), deferred, "the column is part of it");
  }

  @Test
  void aLineGivenIsTakenInsteadOfThePosition() {
    Counted position = new Counted(17, 9);
    CellSource source = cell().position(position).line(3).build();
    assertEquals(OptionalInt.of(3), source.line());
    assertEquals(OptionalInt.empty(), source.lineColumn(), "nothing given for the column");
    assertEquals(0, position.asked.get());
  }

  @Test
  void changingTheLineKeepsTheColumnFoundOnDemand() {
    CellSource source = cell().position(new Counted(17, 9)).build();
    CellSource moved = source.withLine(20);
    assertEquals(OptionalInt.of(20), moved.line());
    assertEquals(OptionalInt.of(9), moved.lineColumn());
    assertEquals(cell().line(20).lineColumn(9).build(), moved);
    assertEquals(source, source.withLine(17), "the same line is no change");
    CellSource noLine = source.withLine(OptionalInt.empty());
    assertEquals(OptionalInt.empty(), noLine.line());
    assertEquals(OptionalInt.of(9), noLine.lineColumn());
  }

  @Test
  void theFormatAndTheRawTextAreRequired() {
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> CellSource.builder().line(1).build());
    assertEquals(
        "Cannot build CellSource, some of required attributes are not set [format, rawText]",
        e.getMessage());
    assertThrows(NullPointerException.class, () -> cell().position(null));
  }
}
