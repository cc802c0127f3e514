package org.disclosurereport.model;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import org.disclosurereport.edition.CellAddress;
import org.disclosurereport.edition.CellKind;
import org.disclosurereport.edition.EditionSpec;

/**
 * The non-blank numeric cells of a report, each already checked against its edition: a value for
 * each position of {@link EditionSpec#cells()}, read as a {@code Map<CellAddress, CellValue>} in
 * the edition's printed order.
 *
 * <p>A report keeps its cells in one of these ({@link AbstractAnnualReport#cells()}). A value is
 * made only through a checked path, {@link #builder(EditionSpec)} or a report's builder, so a
 * report given one trusts it: it neither checks each cell again nor copies the cells. A reader that
 * has placed every cell it read in the edition builds one with {@link Builder#put} and hands it to
 * {@code AnnualReport.builder().cells(...)}.
 *
 * <p>Looking a cell up costs one hash lookup (its position in the edition); blank cells are not in
 * the map. Two maps of cells are equal when they have the same entries, whatever their class.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ReportCells extends AbstractMap<CellAddress, CellValue> {
  private final EditionSpec spec;
  private final CellValue[] values;
  private final int size;

  private ReportCells(EditionSpec spec, CellValue[] values, int size) {
    this.spec = spec;
    this.values = values;
    this.size = size;
  }

  /**
   * Returns a builder of the cells of one edition, which checks each cell as it is put.
   *
   * @param spec the edition description
   * @return a new builder
   */
  public static Builder builder(EditionSpec spec) {
    return new Builder(Objects.requireNonNull(spec, "spec"));
  }

  /**
   * Returns no cells of an edition.
   *
   * @param spec the edition description
   * @return the empty cells
   */
  public static ReportCells empty(EditionSpec spec) {
    return new ReportCells(spec, new CellValue[spec.cells().size()], 0);
  }

  /**
   * Checks cells against an edition: blank values are left out, and a cell the edition does not
   * have or a value of the wrong kind is refused.
   *
   * @param spec the edition description
   * @param cells the cells; a value of this class for the same edition is returned as it is
   * @return the checked cells
   * @throws ReportShapeException if a key or value is null, a cell is not in the edition or a value
   *     is of the wrong kind
   */
  public static ReportCells of(
      EditionSpec spec, Map<? extends CellAddress, ? extends CellValue> cells) {
    if (cells instanceof ReportCells c && c.spec == spec) {
      return c;
    }
    Builder b = builder(spec);
    for (Map.Entry<? extends CellAddress, ? extends CellValue> e : cells.entrySet()) {
      b.put(e.getKey(), e.getValue());
    }
    return b.build();
  }

  /**
   * Returns the edition description the cells were checked against.
   *
   * @return the edition description
   */
  public EditionSpec spec() {
    return spec;
  }

  /**
   * Returns the value of a cell of the edition.
   *
   * @param address a cell of the edition
   * @return the value, {@link CellValue#blank()} when the cell is blank
   * @throws IllegalArgumentException if the edition has no such cell
   */
  public CellValue valueOf(CellAddress address) {
    int i = spec.indexOf(address);
    if (i < 0) {
      throw new IllegalArgumentException(
          "Invalid cell address for edition " + spec.edition().id() + ": " + address);
    }
    CellValue v = values[i];
    return v == null ? CellValue.blank() : v;
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public boolean isEmpty() {
    return size() == 0;
  }

  @Override
  public CellValue get(Object key) {
    if (!(key instanceof CellAddress a)) {
      return null;
    }
    int i = spec.indexOf(a);
    return i < 0 ? null : values[i];
  }

  @Override
  public boolean containsKey(Object key) {
    return get(key) != null;
  }

  @Override
  public Set<Map.Entry<CellAddress, CellValue>> entrySet() {
    return new Entries();
  }

  /** The non-blank cells in the edition's order, as entries. */
  private final class Entries extends AbstractSet<Map.Entry<CellAddress, CellValue>> {
    @Override
    public int size() {
      return size;
    }

    @Override
    public Iterator<Map.Entry<CellAddress, CellValue>> iterator() {
      return new Iterator<>() {
        private int next = advance(0);

        private int advance(int from) {
          int i = from;
          while (i < values.length && values[i] == null) {
            i++;
          }
          return i;
        }

        @Override
        public boolean hasNext() {
          return next < values.length;
        }

        @Override
        public Map.Entry<CellAddress, CellValue> next() {
          if (next >= values.length) {
            throw new NoSuchElementException();
          }
          int i = next;
          next = advance(i + 1);
          return Map.entry(spec.cells().get(i), values[i]);
        }
      };
    }
  }

  /**
   * Builds the cells of one edition, checking each as it is put. Not thread-safe; a builder can go
   * on being used after {@link #build()}, which copies nothing the first time.
   */
  public static final class Builder {
    private final EditionSpec spec;
    private CellValue[] values;
    private int size;
    private boolean shared;

    private Builder(EditionSpec spec) {
      this.spec = spec;
      this.values = new CellValue[spec.cells().size()];
    }

    /**
     * Puts the value of a cell, replacing any put before; a {@link CellValue#blank()} value makes
     * the cell blank again.
     *
     * @param address a cell of the edition
     * @param value its value, of the kind the edition gives the cell
     * @return this builder
     * @throws ReportShapeException if either is null, the value is not blank and the edition has no
     *     such cell, or the value is of the wrong kind
     */
    public Builder put(CellAddress address, CellValue value) {
      if (address == null) {
        throw new ReportShapeException("cells key");
      }
      if (value == null) {
        throw new ReportShapeException("cells value for key: " + address);
      }
      int i = spec.indexOf(address);
      CellKind actual = value.kind().orElse(null);
      if (i < 0) {
        if (actual == null) {
          // A blank value is no value: leaving out a cell the edition does not have is no error.
          return this;
        }
        throw notInEdition(spec, address);
      }
      if (actual != null && actual != spec.kind(i)) {
        throw new ReportShapeException(
            ReportShapeException.Code.WRONG_KIND,
            address.toString(),
            spec.label(address),
            spec.kind(i).name(),
            actual.name());
      }
      set(i, actual == null ? null : value);
      return this;
    }

    /**
     * Puts the value of the cell at a position of {@link EditionSpec#cells()}, for a reader that
     * has placed the cell in the edition already: the same as {@link #put(CellAddress, CellValue)}
     * with that cell's address, without looking the address up.
     *
     * @param position the cell's position in {@link EditionSpec#cells()}
     * @param value its value, of the kind the edition gives the cell
     * @return this builder
     * @throws IndexOutOfBoundsException if the edition has no such position
     * @throws ReportShapeException if the value is null or of the wrong kind
     */
    public Builder put(int position, CellValue value) {
      Objects.checkIndex(position, values.length);
      if (value == null) {
        throw new ReportShapeException("cells value for key: " + spec.cells().get(position));
      }
      CellKind actual = value.kind().orElse(null);
      if (actual != null && actual != spec.kind(position)) {
        CellAddress address = spec.cells().get(position);
        throw new ReportShapeException(
            ReportShapeException.Code.WRONG_KIND,
            address.toString(),
            spec.label(address),
            spec.kind(position).name(),
            actual.name());
      }
      set(position, actual == null ? null : value);
      return this;
    }

    private void set(int i, CellValue v) {
      if (shared) {
        values = values.clone();
        shared = false;
      }
      if (values[i] == null && v != null) {
        size++;
      } else if (values[i] != null && v == null) {
        size--;
      }
      values[i] = v;
    }

    /**
     * Returns the cells put so far.
     *
     * @return the cells
     */
    public ReportCells build() {
      shared = true;
      return new ReportCells(spec, values, size);
    }
  }

  /** The refusal of a cell the edition does not have, naming whichever of table or cell is not. */
  static ReportShapeException notInEdition(EditionSpec spec, CellAddress a) {
    String edition = spec.edition().id();
    if (spec.table(a.table()).isEmpty()) {
      return new ReportShapeException(
          ReportShapeException.Code.UNKNOWN_TABLE, a.toString(), edition, a.table());
    }
    return new ReportShapeException(
        ReportShapeException.Code.UNKNOWN_CELL,
        a.toString(),
        edition,
        a.table(),
        a.row(),
        a.column());
  }
}
