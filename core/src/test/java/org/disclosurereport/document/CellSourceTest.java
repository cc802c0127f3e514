package org.disclosurereport.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CellSourceTest {
  /** A position worked out when asked, counting how often its finder is asked. */
  private static final class Counted {
    final AtomicInteger asked = new AtomicInteger();
    final SourcePosition position;

    Counted(int line, int column) {
      position =
          SourcePosition.whenAsked(
              () -> {
                asked.incrementAndGet();
                return SourcePosition.of(line, column);
              });
    }
  }

  private static CellSource.Builder cell() {
    return CellSource.builder().format(DocumentFormat.HTML).table(2).row(4).column(3).rawText("5");
  }

  @Test
  void aPositionFoundOnDemandIsAskedOnlyWhenTheLineIsWanted() {
    Counted counted = new Counted(17, 9);
    CellSource source = cell().position(counted.position).build();
    CellSource copy = source.withRawText("5 件").withRow(5);
    CellSource rebuilt = CellSource.builder().from(copy).rawText("6").build();
    assertSame(counted.position, rebuilt.position(), "copies keep the position as it is");
    assertEquals(0, counted.asked.get(), "building and copying do not ask");
    assertEquals(OptionalInt.of(17), rebuilt.line());
    assertEquals(OptionalInt.of(9), rebuilt.lineColumn());
    assertEquals(OptionalInt.of(9), source.lineColumn());
    assertEquals(OptionalInt.of(5), rebuilt.row());
    assertEquals(1, counted.asked.get(), "worked out once, then kept");
  }

  @Test
  void aPositionFoundOnDemandIsEqualToTheSameLineGiven() {
    CellSource deferred = cell().position(new Counted(17, 9).position).build();
    CellSource given = cell().position(SourcePosition.of(17, 9)).build();
    assertEquals(given, deferred);
    assertEquals(deferred, given);
    assertEquals(given.hashCode(), deferred.hashCode());
    assertEquals(given.toString(), deferred.toString());
    assertNotEquals(cell().position(SourcePosition.of(18, 9)).build(), deferred);
    assertNotEquals(
        cell().position(SourcePosition.of(17)).build(), deferred, "the column is part of it");
    assertNotEquals(cell().build(), deferred, "no position is not line 17");
  }

  @Test
  void aPositionGivenLastIsTakenAndTheOneBeforeNeverAsked() {
    Counted counted = new Counted(17, 9);
    CellSource source = cell().position(counted.position).position(SourcePosition.of(3)).build();
    assertEquals(OptionalInt.of(3), source.line());
    assertEquals(OptionalInt.empty(), source.lineColumn(), "nothing given for the column");
    CellSource moved = cell().position(counted.position).build().withPosition(SourcePosition.of(4));
    assertEquals(OptionalInt.of(4), moved.line());
    assertEquals(0, counted.asked.get());
  }

  @Test
  void changingThePositionToAnEqualOneIsNoChange() {
    CellSource source = cell().position(new Counted(17, 9).position).build();
    assertEquals(source, source.withPosition(SourcePosition.of(17, 9)));
    CellSource moved = source.withPosition(SourcePosition.of(20, 9));
    assertEquals(OptionalInt.of(20), moved.line());
    assertEquals(OptionalInt.of(9), moved.lineColumn());
    CellSource noLine =
        source.withPosition(SourcePosition.of(OptionalInt.empty(), OptionalInt.of(9)));
    assertEquals(OptionalInt.empty(), noLine.line());
    assertEquals(OptionalInt.of(9), noLine.lineColumn());
  }

  @Test
  void aSourceWithoutAPositionHasNoLine() {
    CellSource pdf =
        CellSource.builder().format(DocumentFormat.PDF).page(2).x(10).y(20).rawText("7").build();
    assertSame(SourcePosition.none(), pdf.position());
    assertEquals(OptionalInt.empty(), pdf.line());
    assertEquals(OptionalInt.empty(), pdf.lineColumn());
    assertEquals(
        SourcePosition.none(), SourcePosition.of(OptionalInt.empty(), OptionalInt.empty()));
    assertEquals("SourcePosition{}", SourcePosition.none().toString());
  }

  @Test
  void positionsPrintWhatIsKnownAndCountFromOne() {
    assertEquals("SourcePosition{line=17, lineColumn=9}", SourcePosition.of(17, 9).toString());
    assertEquals("SourcePosition{line=17}", SourcePosition.of(17).toString());
    assertEquals(
        "SourcePosition{lineColumn=9}",
        SourcePosition.of(OptionalInt.empty(), OptionalInt.of(9)).toString());
    assertThrows(IllegalArgumentException.class, () -> SourcePosition.of(0));
    assertThrows(IllegalArgumentException.class, () -> SourcePosition.of(1, 0));
    assertThrows(
        IllegalArgumentException.class,
        () -> SourcePosition.of(OptionalInt.of(-1), OptionalInt.empty()));
    assertThrows(NullPointerException.class, () -> SourcePosition.whenAsked(null));
    SourcePosition unanswered = SourcePosition.whenAsked(() -> null);
    assertThrows(NullPointerException.class, unanswered::line);
  }

  @Test
  void theFormatAndTheRawTextAreRequired() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> CellSource.builder().position(SourcePosition.of(1)).build());
    assertEquals(
        "Cannot build CellSource, some of required attributes are not set [format, rawText]",
        e.getMessage());
    assertThrows(NullPointerException.class, () -> cell().position(null));
  }
}
