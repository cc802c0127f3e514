package org.disclosurereport.layout.internal;

/**
 * How the renderers write the narrative of a report so that their readers take it back exactly,
 * whatever it says: a paragraph whose text is a section heading ({@code 一、总体情况}), a table label or
 * markup must not be read as a heading, a label or a tag.
 *
 * <p>In text, each paragraph is indented by two ideographic spaces, as Chinese documents indent
 * them, and headings are not; in a text that declares its metadata (see {@link DeclaredMetadata}),
 * an indented line is a paragraph taken as it is, and a line without indent or tab in a text
 * section is a sub-heading. In HTML, the paragraphs and sub-headings carry an attribute naming what
 * they are, which the reader of a page that declares its metadata follows.
 *
 * <p>The constants are written once, here. This class is stateless and thread-safe.
 */
public final class RenderedText {
  /** What starts each paragraph of narrative in a rendered text. */
  public static final String PARAGRAPH_INDENT = "\u3000\u3000";

  /** The HTML attribute naming what an element of narrative is. */
  public static final String ATTRIBUTE = "data-text";

  /** The value of {@link #ATTRIBUTE} on a paragraph. */
  public static final String PARAGRAPH = "paragraph";

  /** The value of {@link #ATTRIBUTE} on a sub-heading. */
  public static final String HEADING = "heading";

  private RenderedText() {}
}
