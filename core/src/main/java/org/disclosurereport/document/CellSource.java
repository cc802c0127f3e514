package org.disclosurereport.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * Where one cell of a report was read from: the table, row and column of an HTML page, or the line
 * and cell of a text, and the raw text found there. Findings quote it, so a reader of the finding
 * can go back to the source.
 *
 * <p>Numbers are 1-based. For HTML, {@link #row()} and {@link #column()} are positions in the
 * table's grid after expanding {@code rowspan} and {@code colspan}, and {@link #line()} is the line
 * of the cell's tag in the page's source. For text, {@link #line()} is the line, {@link #column()}
 * the number of the cell within the line and {@link #lineColumn()} the character position where the
 * cell starts. For a PDF, {@link #page()} is the page and {@link #x()}, {@link #y()} the top left
 * corner of the cell's text in points from the page's top left corner; {@link #table()}, {@link
 * #row()} and {@link #column()} place it in the table rebuilt from the page. For Word, {@link
 * #table()}, {@link #row()} and {@link #column()} are the table of the document and the cell's row
 * and column in its grid, and {@link #line()} numbers a paragraph outside tables.
 *
 * <p>A reader that can find a cell's line and character position only at a cost gives a {@link
 * SourcePosition} instead, asked the first time {@link #line()} or {@link #lineColumn()} is: the
 * HTML reader parses a page without tracking positions and works them out only for the cells a
 * finding quotes or a caller asks about. Equality, hash code and text form are the same as if the
 * line and position had been given.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class CellSource extends AbstractCellSource {
  private final DocumentFormat format;
  private final Integer table;
  private final Integer row;
  private final Integer column;
  private final Integer line;
  private final Integer lineColumn;
  private final Integer page;
  private final Double x;
  private final Double y;
  private final String rawText;
  private final SourcePosition position;

  private CellSource(
      DocumentFormat format,
      Integer table,
      Integer row,
      Integer column,
      Integer line,
      Integer lineColumn,
      Integer page,
      Double x,
      Double y,
      String rawText,
      SourcePosition position) {
    this.format = format;
    this.table = table;
    this.row = row;
    this.column = column;
    this.line = line;
    this.lineColumn = lineColumn;
    this.page = page;
    this.x = x;
    this.y = y;
    this.rawText = rawText;
    this.position = line == null && lineColumn == null ? position : null;
  }

  /**
   * @return the format of the source: {@link DocumentFormat#HTML}, {@link DocumentFormat#TEXT},
   *     {@link DocumentFormat#PDF}, {@link DocumentFormat#DOCX} or {@link DocumentFormat#DOC}
   */
  @Override
  public DocumentFormat format() {
    return format;
  }

  /**
   * @return for HTML, the number of the table in the page, counting from 1
   */
  @Override
  public OptionalInt table() {
    return table != null ? OptionalInt.of(table) : OptionalInt.empty();
  }

  /**
   * @return for HTML, the row of the table's grid
   */
  @Override
  public OptionalInt row() {
    return row != null ? OptionalInt.of(row) : OptionalInt.empty();
  }

  /**
   * @return for HTML, the column of the table's grid; for text, the cell within the line
   */
  @Override
  public OptionalInt column() {
    return column != null ? OptionalInt.of(column) : OptionalInt.empty();
  }

  /**
   * @return the line in the source
   */
  @Override
  public OptionalInt line() {
    if (line != null) {
      return OptionalInt.of(line);
    }
    return position != null ? position.line() : OptionalInt.empty();
  }

  /**
   * @return the character position in the line where the cell starts
   */
  @Override
  public OptionalInt lineColumn() {
    if (lineColumn != null) {
      return OptionalInt.of(lineColumn);
    }
    return position != null ? position.lineColumn() : OptionalInt.empty();
  }

  /**
   * @return for a PDF, the page, counting from 1
   */
  @Override
  public OptionalInt page() {
    return page != null ? OptionalInt.of(page) : OptionalInt.empty();
  }

  /**
   * @return for a PDF, the left edge of the text in points from the page's left edge
   */
  @Override
  public OptionalDouble x() {
    return x != null ? OptionalDouble.of(x) : OptionalDouble.empty();
  }

  /**
   * @return for a PDF, the top of the text in points from the page's top edge
   */
  @Override
  public OptionalDouble y() {
    return y != null ? OptionalDouble.of(y) : OptionalDouble.empty();
  }

  /**
   * @return the text of the cell as found, white space trimmed
   */
  @Override
  public String rawText() {
    return rawText;
  }

  /**
   * Copy the current immutable object by setting a value for the {@link AbstractCellSource#format()
   * format} attribute. A value equality check is used to prevent copying of the same value by
   * returning {@code this}.
   *
   * @param value A new value for format
   * @return A modified copy or the {@code this} object
   */
  public final CellSource withFormat(DocumentFormat value) {
    DocumentFormat newValue = Objects.requireNonNull(value, "format");
    if (this.format == newValue) return this;
    return new CellSource(
        newValue,
        this.table,
        this.row,
        this.column,
        this.line,
        this.lineColumn,
        this.page,
        this.x,
        this.y,
        this.rawText,
        this.position);
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link
   * AbstractCellSource#table() table} attribute.
   *
   * @param value The value for table
   * @return A modified copy or {@code this} if not changed
   */
  public final CellSource withTable(int value) {
    Integer newValue = value;
    if (Objects.equals(this.table, newValue)) return this;
    return new CellSource(
        this.format,
        newValue,
        this.row,
        this.column,
        this.line,
        this.lineColumn,
        this.page,
        this.x,
        this.y,
        this.rawText,
        this.position);
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link
   * AbstractCellSource#table() table} attribute. An equality check is used on inner value to
   * prevent copying of the same value by returning {@code this}.
   *
   * @param optional An optional value for table
   * @return A modified copy or {@code this} if not changed
   */
  public final CellSource withTable(OptionalInt optional) {
    Integer value = optional.isPresent() ? optional.getAsInt() : null;
    if (Objects.equals(this.table, value)) return this;
    return new CellSource(
        this.format,
        value,
        this.row,
        this.column,
        this.line,
        this.lineColumn,
        this.page,
        this.x,
        this.y,
        this.rawText,
        this.position);
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link
   * AbstractCellSource#row() row} attribute.
   *
   * @param value The value for row
   * @return A modified copy or {@code this} if not changed
   */
  public final CellSource withRow(int value) {
    Integer newValue = value;
    if (Objects.equals(this.row, newValue)) return this;
    return new CellSource(
        this.format,
        this.table,
        newValue,
        this.column,
        this.line,
        this.lineColumn,
        this.page,
        this.x,
        this.y,
        this.rawText,
        this.position);
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link
   * AbstractCellSource#row() row} attribute. An equality check is used on inner value to prevent
   * copying of the same value by returning {@code this}.
   *
   * @param optional An optional value for row
   * @return A modified copy or {@code this} if not changed
   */
  public final CellSource withRow(OptionalInt optional) {
    Integer value = optional.isPresent() ? optional.getAsInt() : null;
    if (Objects.equals(this.row, value)) return this;
    return new CellSource(
        this.format,
        this.table,
        value,
        this.column,
        this.line,
        this.lineColumn,
        this.page,
        this.x,
        this.y,
        this.rawText,
        this.position);
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link
   * AbstractCellSource#column() column} attribute.
   *
   * @param value The value for column
   * @return A modified copy or {@code this} if not changed
   */
  public final CellSource withColumn(int value) {
    Integer newValue = value;
    if (Objects.equals(this.column, newValue)) return this;
    return new CellSource(
        this.format,
        this.table,
        this.row,
        newValue,
        this.line,
        this.lineColumn,
        this.page,
        this.x,
        this.y,
        this.rawText,
        this.position);
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link
   * AbstractCellSource#column() column} attribute. An equality check is used on inner value to
   * prevent copying of the same value by returning {@code this}.
   *
   * @param optional An optional value for column
   * @return A modified copy or {@code this} if not changed
   */
  public final CellSource withColumn(OptionalInt optional) {
    Integer value = optional.isPresent() ? optional.getAsInt() : null;
    if (Objects.equals(this.column, value)) return this;
    return new CellSource(
        this.format,
        this.table,
        this.row,
        value,
        this.line,
        this.lineColumn,
        this.page,
        this.x,
        this.y,
        this.rawText,
        this.position);
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link
   * AbstractCellSource#line() line} attribute.
   *
   * @param value The value for line
   * @return A modified copy or {@code this} if not changed
   */
  public final CellSource withLine(int value) {
    Integer newValue = value;
    if (Objects.equals(lineValue(), newValue)) return this;
    return new CellSource(
        this.format,
        this.table,
        this.row,
        this.column,
        newValue,
        lineColumnValue(),
        this.page,
        this.x,
        this.y,
        this.rawText,
        null);
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link
   * AbstractCellSource#line() line} attribute. An equality check is used on inner value to prevent
   * copying of the same value by returning {@code this}.
   *
   * @param optional An optional value for line
   * @return A modified copy or {@code this} if not changed
   */
  public final CellSource withLine(OptionalInt optional) {
    Integer value = optional.isPresent() ? optional.getAsInt() : null;
    if (Objects.equals(lineValue(), value)) return this;
    return new CellSource(
        this.format,
        this.table,
        this.row,
        this.column,
        value,
        lineColumnValue(),
        this.page,
        this.x,
        this.y,
        this.rawText,
        null);
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link
   * AbstractCellSource#lineColumn() lineColumn} attribute.
   *
   * @param value The value for lineColumn
   * @return A modified copy or {@code this} if not changed
   */
  public final CellSource withLineColumn(int value) {
    Integer newValue = value;
    if (Objects.equals(lineColumnValue(), newValue)) return this;
    return new CellSource(
        this.format,
        this.table,
        this.row,
        this.column,
        lineValue(),
        newValue,
        this.page,
        this.x,
        this.y,
        this.rawText,
        null);
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link
   * AbstractCellSource#lineColumn() lineColumn} attribute. An equality check is used on inner value
   * to prevent copying of the same value by returning {@code this}.
   *
   * @param optional An optional value for lineColumn
   * @return A modified copy or {@code this} if not changed
   */
  public final CellSource withLineColumn(OptionalInt optional) {
    Integer value = optional.isPresent() ? optional.getAsInt() : null;
    if (Objects.equals(lineColumnValue(), value)) return this;
    return new CellSource(
        this.format,
        this.table,
        this.row,
        this.column,
        lineValue(),
        value,
        this.page,
        this.x,
        this.y,
        this.rawText,
        null);
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link
   * AbstractCellSource#page() page} attribute.
   *
   * @param value The value for page
   * @return A modified copy or {@code this} if not changed
   */
  public final CellSource withPage(int value) {
    Integer newValue = value;
    if (Objects.equals(this.page, newValue)) return this;
    return new CellSource(
        this.format,
        this.table,
        this.row,
        this.column,
        this.line,
        this.lineColumn,
        newValue,
        this.x,
        this.y,
        this.rawText,
        this.position);
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link
   * AbstractCellSource#page() page} attribute. An equality check is used on inner value to prevent
   * copying of the same value by returning {@code this}.
   *
   * @param optional An optional value for page
   * @return A modified copy or {@code this} if not changed
   */
  public final CellSource withPage(OptionalInt optional) {
    Integer value = optional.isPresent() ? optional.getAsInt() : null;
    if (Objects.equals(this.page, value)) return this;
    return new CellSource(
        this.format,
        this.table,
        this.row,
        this.column,
        this.line,
        this.lineColumn,
        value,
        this.x,
        this.y,
        this.rawText,
        this.position);
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link
   * AbstractCellSource#x() x} attribute.
   *
   * @param value The value for x
   * @return A modified copy or {@code this} if not changed
   */
  public final CellSource withX(double value) {
    Double newValue = value;
    if (Objects.equals(this.x, newValue)) return this;
    return new CellSource(
        this.format,
        this.table,
        this.row,
        this.column,
        this.line,
        this.lineColumn,
        this.page,
        newValue,
        this.y,
        this.rawText,
        this.position);
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link
   * AbstractCellSource#x() x} attribute. An equality check is used on inner value to prevent
   * copying of the same value by returning {@code this}.
   *
   * @param optional An optional value for x
   * @return A modified copy or {@code this} if not changed
   */
  public final CellSource withX(OptionalDouble optional) {
    Double value = optional.isPresent() ? optional.getAsDouble() : null;
    if (Objects.equals(this.x, value)) return this;
    return new CellSource(
        this.format,
        this.table,
        this.row,
        this.column,
        this.line,
        this.lineColumn,
        this.page,
        value,
        this.y,
        this.rawText,
        this.position);
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link
   * AbstractCellSource#y() y} attribute.
   *
   * @param value The value for y
   * @return A modified copy or {@code this} if not changed
   */
  public final CellSource withY(double value) {
    Double newValue = value;
    if (Objects.equals(this.y, newValue)) return this;
    return new CellSource(
        this.format,
        this.table,
        this.row,
        this.column,
        this.line,
        this.lineColumn,
        this.page,
        this.x,
        newValue,
        this.rawText,
        this.position);
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link
   * AbstractCellSource#y() y} attribute. An equality check is used on inner value to prevent
   * copying of the same value by returning {@code this}.
   *
   * @param optional An optional value for y
   * @return A modified copy or {@code this} if not changed
   */
  public final CellSource withY(OptionalDouble optional) {
    Double value = optional.isPresent() ? optional.getAsDouble() : null;
    if (Objects.equals(this.y, value)) return this;
    return new CellSource(
        this.format,
        this.table,
        this.row,
        this.column,
        this.line,
        this.lineColumn,
        this.page,
        this.x,
        value,
        this.rawText,
        this.position);
  }

  /**
   * Copy the current immutable object by setting a value for the {@link
   * AbstractCellSource#rawText() rawText} attribute. An equals check used to prevent copying of the
   * same value by returning {@code this}.
   *
   * @param value A new value for rawText
   * @return A modified copy or the {@code this} object
   */
  public final CellSource withRawText(String value) {
    String newValue = Objects.requireNonNull(value, "rawText");
    if (this.rawText.equals(newValue)) return this;
    return new CellSource(
        this.format,
        this.table,
        this.row,
        this.column,
        this.line,
        this.lineColumn,
        this.page,
        this.x,
        this.y,
        newValue,
        this.position);
  }

  /**
   * This instance is equal to all instances of {@code CellSource} that have equal attribute values.
   *
   * @return {@code true} if {@code this} is equal to {@code another} instance
   */
  private Integer lineValue() {
    OptionalInt l = line();
    return l.isPresent() ? l.getAsInt() : null;
  }

  private Integer lineColumnValue() {
    OptionalInt c = lineColumn();
    return c.isPresent() ? c.getAsInt() : null;
  }

  @Override
  public boolean equals(Object another) {
    if (this == another) return true;
    return another instanceof CellSource && equalsByValue((CellSource) another);
  }

  private boolean equalsByValue(CellSource another) {
    return format.equals(another.format)
        && Objects.equals(table, another.table)
        && Objects.equals(row, another.row)
        && Objects.equals(column, another.column)
        && Objects.equals(lineValue(), another.lineValue())
        && Objects.equals(lineColumnValue(), another.lineColumnValue())
        && Objects.equals(page, another.page)
        && Objects.equals(x, another.x)
        && Objects.equals(y, another.y)
        && rawText.equals(another.rawText);
  }

  /**
   * Computes a hash code from attributes: {@code format}, {@code table}, {@code row}, {@code
   * column}, {@code line}, {@code lineColumn}, {@code page}, {@code x}, {@code y}, {@code rawText}.
   *
   * @return hashCode value
   */
  @Override
  public int hashCode() {
    int h = 5381;
    h += (h << 5) + format.hashCode();
    h += (h << 5) + Objects.hashCode(table);
    h += (h << 5) + Objects.hashCode(row);
    h += (h << 5) + Objects.hashCode(column);
    h += (h << 5) + Objects.hashCode(lineValue());
    h += (h << 5) + Objects.hashCode(lineColumnValue());
    h += (h << 5) + Objects.hashCode(page);
    h += (h << 5) + Objects.hashCode(x);
    h += (h << 5) + Objects.hashCode(y);
    h += (h << 5) + rawText.hashCode();
    return h;
  }

  /**
   * Prints the immutable value {@code CellSource} with attribute values.
   *
   * @return A string representation of the value
   */
  @Override
  public String toString() {
    StringBuilder builder = new StringBuilder("CellSource{");
    builder.append("format=").append(format);
    if (table != null) {
      builder.append(", ");
      builder.append("table=").append(table);
    }
    if (row != null) {
      builder.append(", ");
      builder.append("row=").append(row);
    }
    if (column != null) {
      builder.append(", ");
      builder.append("column=").append(column);
    }
    Integer line = lineValue();
    if (line != null) {
      builder.append(", ");
      builder.append("line=").append(line);
    }
    Integer lineColumn = lineColumnValue();
    if (lineColumn != null) {
      builder.append(", ");
      builder.append("lineColumn=").append(lineColumn);
    }
    if (page != null) {
      builder.append(", ");
      builder.append("page=").append(page);
    }
    if (x != null) {
      builder.append(", ");
      builder.append("x=").append(x);
    }
    if (y != null) {
      builder.append(", ");
      builder.append("y=").append(y);
    }
    builder.append(", ");
    builder.append("rawText=").append(rawText);
    return builder.append("}").toString();
  }

  /**
   * Creates an immutable copy of a {@link AbstractCellSource} value. Uses accessors to get values
   * to initialize the new immutable instance. If an instance is already immutable, it is returned
   * as is.
   *
   * @param instance The instance to copy
   * @return A copied immutable CellSource instance
   */
  public static CellSource copyOf(AbstractCellSource instance) {
    if (instance instanceof CellSource) {
      return (CellSource) instance;
    }
    return CellSource.builder().from(instance).build();
  }

  /**
   * Creates a builder for {@link CellSource CellSource}.
   *
   * <pre>
   * CellSource.builder()
   *    .format(org.disclosurereport.document.DocumentFormat) // required {@link AbstractCellSource#format() format}
   *    .table(OptionalInt) // optional {@link AbstractCellSource#table() table}
   *    .row(OptionalInt) // optional {@link AbstractCellSource#row() row}
   *    .column(OptionalInt) // optional {@link AbstractCellSource#column() column}
   *    .line(OptionalInt) // optional {@link AbstractCellSource#line() line}
   *    .lineColumn(OptionalInt) // optional {@link AbstractCellSource#lineColumn() lineColumn}
   *    .page(OptionalInt) // optional {@link AbstractCellSource#page() page}
   *    .x(OptionalDouble) // optional {@link AbstractCellSource#x() x}
   *    .y(OptionalDouble) // optional {@link AbstractCellSource#y() y}
   *    .rawText(String) // required {@link AbstractCellSource#rawText() rawText}
   *    .build();
   * </pre>
   *
   * @return A new CellSource builder
   */
  public static CellSource.Builder builder() {
    return new CellSource.Builder();
  }

  /**
   * Builds instances of type {@link CellSource CellSource}. Initialize attributes and then invoke
   * the {@link #build()} method to create an immutable instance.
   *
   * <p><em>{@code Builder} is not thread-safe and generally should not be stored in a field or
   * collection, but instead used immediately to create instances.</em>
   */
  public static final class Builder {
    private static final long INIT_BIT_FORMAT = 0x1L;
    private static final long INIT_BIT_RAW_TEXT = 0x2L;
    private long initBits = 0x3L;

    private DocumentFormat format;
    private Integer table;
    private Integer row;
    private Integer column;
    private Integer line;
    private Integer lineColumn;
    private Integer page;
    private Double x;
    private Double y;
    private String rawText;
    private SourcePosition position;

    private Builder() {}

    /**
     * Fill a builder with attribute values from the provided {@code AbstractCellSource} instance.
     * Regular attribute values will be replaced with those from the given instance. Absent optional
     * values will not replace present values.
     *
     * @param instance The instance from which to copy values
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder from(AbstractCellSource instance) {
      Objects.requireNonNull(instance, "instance");
      this.format(instance.format());
      if (instance instanceof CellSource c && c.position != null) {
        // Kept unasked: the copy asks it when its own line or position is wanted.
        this.position = c.position;
        this.line = null;
        this.lineColumn = null;
      }
      OptionalInt tableOptional = instance.table();
      if (tableOptional.isPresent()) {
        table(tableOptional);
      }
      OptionalInt rowOptional = instance.row();
      if (rowOptional.isPresent()) {
        row(rowOptional);
      }
      OptionalInt columnOptional = instance.column();
      if (columnOptional.isPresent()) {
        column(columnOptional);
      }
      if (position == null || !(instance instanceof CellSource)) {
        OptionalInt lineOptional = instance.line();
        if (lineOptional.isPresent()) {
          line(lineOptional);
        }
        OptionalInt lineColumnOptional = instance.lineColumn();
        if (lineColumnOptional.isPresent()) {
          lineColumn(lineColumnOptional);
        }
      }
      OptionalInt pageOptional = instance.page();
      if (pageOptional.isPresent()) {
        page(pageOptional);
      }
      OptionalDouble xOptional = instance.x();
      if (xOptional.isPresent()) {
        x(xOptional);
      }
      OptionalDouble yOptional = instance.y();
      if (yOptional.isPresent()) {
        y(yOptional);
      }
      this.rawText(instance.rawText());
      return this;
    }

    /**
     * Initializes the value for the {@link AbstractCellSource#format() format} attribute.
     *
     * @param format The value for format
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder format(DocumentFormat format) {
      this.format = Objects.requireNonNull(format, "format");
      initBits &= ~INIT_BIT_FORMAT;
      return this;
    }

    /**
     * Initializes the optional value {@link AbstractCellSource#table() table} to table.
     *
     * @param table The value for table
     * @return {@code this} builder for chained invocation
     */
    public final Builder table(int table) {
      this.table = table;
      return this;
    }

    /**
     * Initializes the optional value {@link AbstractCellSource#table() table} to table.
     *
     * @param table The value for table
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder table(OptionalInt table) {
      this.table = table.isPresent() ? table.getAsInt() : null;
      return this;
    }

    /**
     * Initializes the optional value {@link AbstractCellSource#row() row} to row.
     *
     * @param row The value for row
     * @return {@code this} builder for chained invocation
     */
    public final Builder row(int row) {
      this.row = row;
      return this;
    }

    /**
     * Initializes the optional value {@link AbstractCellSource#row() row} to row.
     *
     * @param row The value for row
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder row(OptionalInt row) {
      this.row = row.isPresent() ? row.getAsInt() : null;
      return this;
    }

    /**
     * Initializes the optional value {@link AbstractCellSource#column() column} to column.
     *
     * @param column The value for column
     * @return {@code this} builder for chained invocation
     */
    public final Builder column(int column) {
      this.column = column;
      return this;
    }

    /**
     * Initializes the optional value {@link AbstractCellSource#column() column} to column.
     *
     * @param column The value for column
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder column(OptionalInt column) {
      this.column = column.isPresent() ? column.getAsInt() : null;
      return this;
    }

    /**
     * Initializes the optional value {@link AbstractCellSource#line() line} to line.
     *
     * @param line The value for line
     * @return {@code this} builder for chained invocation
     */
    public final Builder line(int line) {
      this.line = line;
      return this;
    }

    /**
     * Initializes the optional value {@link AbstractCellSource#line() line} to line.
     *
     * @param line The value for line
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder line(OptionalInt line) {
      this.line = line.isPresent() ? line.getAsInt() : null;
      return this;
    }

    /**
     * Initializes the optional value {@link AbstractCellSource#lineColumn() lineColumn} to
     * lineColumn.
     *
     * @param lineColumn The value for lineColumn
     * @return {@code this} builder for chained invocation
     */
    public final Builder lineColumn(int lineColumn) {
      this.lineColumn = lineColumn;
      return this;
    }

    /**
     * Initializes the optional value {@link AbstractCellSource#lineColumn() lineColumn} to
     * lineColumn.
     *
     * @param lineColumn The value for lineColumn
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder lineColumn(OptionalInt lineColumn) {
      this.lineColumn = lineColumn.isPresent() ? lineColumn.getAsInt() : null;
      return this;
    }

    /**
     * Initializes the optional value {@link AbstractCellSource#page() page} to page.
     *
     * @param page The value for page
     * @return {@code this} builder for chained invocation
     */
    /**
     * Initializes the line and the character position in the line to be asked of a position found
     * on demand, the first time either is wanted. A line or a character position given to this
     * builder as well, before or after, is taken instead, and the position is then never asked.
     *
     * @param position where the cell starts, worked out when first asked
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder position(SourcePosition position) {
      this.position = Objects.requireNonNull(position, "position");
      return this;
    }

    public final Builder page(int page) {
      this.page = page;
      return this;
    }

    /**
     * Initializes the optional value {@link AbstractCellSource#page() page} to page.
     *
     * @param page The value for page
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder page(OptionalInt page) {
      this.page = page.isPresent() ? page.getAsInt() : null;
      return this;
    }

    /**
     * Initializes the optional value {@link AbstractCellSource#x() x} to x.
     *
     * @param x The value for x
     * @return {@code this} builder for chained invocation
     */
    public final Builder x(double x) {
      this.x = x;
      return this;
    }

    /**
     * Initializes the optional value {@link AbstractCellSource#x() x} to x.
     *
     * @param x The value for x
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder x(OptionalDouble x) {
      this.x = x.isPresent() ? x.getAsDouble() : null;
      return this;
    }

    /**
     * Initializes the optional value {@link AbstractCellSource#y() y} to y.
     *
     * @param y The value for y
     * @return {@code this} builder for chained invocation
     */
    public final Builder y(double y) {
      this.y = y;
      return this;
    }

    /**
     * Initializes the optional value {@link AbstractCellSource#y() y} to y.
     *
     * @param y The value for y
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder y(OptionalDouble y) {
      this.y = y.isPresent() ? y.getAsDouble() : null;
      return this;
    }

    /**
     * Initializes the value for the {@link AbstractCellSource#rawText() rawText} attribute.
     *
     * @param rawText The value for rawText
     * @return {@code this} builder for use in a chained invocation
     */
    public final Builder rawText(String rawText) {
      this.rawText = Objects.requireNonNull(rawText, "rawText");
      initBits &= ~INIT_BIT_RAW_TEXT;
      return this;
    }

    /**
     * Builds a new {@link CellSource CellSource}.
     *
     * @return An immutable instance of CellSource
     * @throws java.lang.IllegalStateException if any required attributes are missing
     */
    public CellSource build() {
      if (initBits != 0) {
        throw new IllegalStateException(formatRequiredAttributesMessage());
      }
      return new CellSource(
          format, table, row, column, line, lineColumn, page, x, y, rawText, position);
    }

    private String formatRequiredAttributesMessage() {
      List<String> attributes = new ArrayList<>();
      if ((initBits & INIT_BIT_FORMAT) != 0) attributes.add("format");
      if ((initBits & INIT_BIT_RAW_TEXT) != 0) attributes.add("rawText");
      return "Cannot build CellSource, some of required attributes are not set " + attributes;
    }
  }
}
