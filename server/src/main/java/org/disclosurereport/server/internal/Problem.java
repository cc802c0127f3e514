package org.disclosurereport.server.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Optional;

/**
 * The problems the service answers with, each an RFC 9457 problem document ({@code
 * application/problem+json}) with a stable code, an HTTP status and a title and detail in the
 * request's language (bundle {@code Page}, keys {@code problem.<code>.title} and {@code
 * problem.<code>.detail}).
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Problem {
  /** The request body is larger than the limit. */
  BODY_TOO_LARGE("DR-S001", 413),
  /** A compressed body grows larger than the limit. */
  DECOMPRESSED_TOO_LARGE("DR-S002", 413),
  /** Too many requests are being worked on; try again shortly. */
  BUSY("DR-S003", 503),
  /**
   * Working on the request took longer than the limit: 408, with {@code Retry-After}, since the
   * same request may well be answered in time once the service is less busy.
   */
  TOO_SLOW("DR-S004", 408),
  /** No report could be read from the document; the findings say why. */
  UNREADABLE("DR-S005", 422),
  /** A query or form parameter has a value it cannot have. */
  BAD_PARAMETER("DR-S006", 400),
  /** The request has no document. */
  NO_DOCUMENT("DR-S007", 400),
  /** A body in a content encoding the service does not read. */
  UNSUPPORTED_ENCODING("DR-S008", 415),
  /** A multipart body that cannot be parsed. */
  BAD_MULTIPART("DR-S009", 400),
  /** Nothing is at this path. */
  NOT_FOUND("DR-S010", 404),
  /** The path does not take this method. */
  METHOD_NOT_ALLOWED("DR-S011", 405),
  /** Something failed inside the service. */
  INTERNAL("DR-S012", 500),
  /** The previous year's report given for the cross-year rules cannot be read. */
  PREVIOUS_UNREADABLE("DR-S013", 422),
  /**
   * The request's body did not arrive within the request time (a client sending slowly, or one that
   * stopped half-way): 408, and the connection is closed, as RFC 9110 asks; no {@code Retry-After},
   * since the client may send again at once, only faster.
   */
  BODY_TOO_SLOW("DR-S014", 408);

  /** The media type of a problem document. */
  public static final String MEDIA_TYPE = "application/problem+json";

  private static final JsonFactory JSON = new JsonFactory();

  private final String code;
  private final int status;

  Problem(String code, int status) {
    this.code = code;
    this.status = status;
  }

  /**
   * The stable code.
   *
   * @return the code, {@code DR-Snnn}
   */
  public String code() {
    return code;
  }

  /**
   * The HTTP status.
   *
   * @return the status
   */
  public int status() {
    return status;
  }

  /**
   * Whether the answer says when to try again ({@code Retry-After}): for a busy service and for
   * work that took too long, where trying again later may succeed.
   *
   * @return true when the answer carries {@code Retry-After}
   */
  public boolean retryLater() {
    return this == BUSY || this == TOO_SLOW;
  }

  /**
   * Whether the connection is closed after the answer: when the request's body was not read to its
   * end, the rest of it cannot be told from the next request.
   *
   * @return true when the answer closes the connection
   */
  public boolean closesConnection() {
    return this == BODY_TOO_SLOW;
  }

  /**
   * The problem type URI: a URN naming the code, so that it never points nowhere.
   *
   * @return the URI
   */
  public String type() {
    return "urn:disclosure-report:problem:" + code;
  }

  /**
   * The title in a language.
   *
   * @param locale the language
   * @return the title
   */
  public String title(Locale locale) {
    return PageText.get(locale, "problem." + code + ".title");
  }

  /**
   * The detail in a language.
   *
   * @param locale the language
   * @param namesAndValues the particulars the detail names, as alternating names and values
   * @return the detail
   */
  public String detail(Locale locale, Object... namesAndValues) {
    return PageText.get(locale, "problem." + code + ".detail", namesAndValues);
  }

  /**
   * Writes the problem document.
   *
   * @param locale the language of title and detail
   * @param instance the request path
   * @param outcomeJson the findings as the tool prints them, for {@link #UNREADABLE}, as an
   *     extension member {@code outcome}
   * @param namesAndValues the particulars of the detail, as alternating names and values
   * @return the JSON text
   */
  public String document(
      Locale locale, String instance, Optional<String> outcomeJson, Object... namesAndValues) {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(w)) {
      g.writeStartObject();
      g.writeStringField("type", type());
      g.writeStringField("title", title(locale));
      g.writeNumberField("status", status);
      g.writeStringField("detail", detail(locale, namesAndValues));
      g.writeStringField("instance", instance);
      g.writeStringField("code", code);
      if (outcomeJson.isPresent()) {
        g.writeFieldName("outcome");
        g.writeRawValue(outcomeJson.get().strip());
      }
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString() + "\n";
  }
}
