package org.disclosurereport.server.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.disclosurereport.server.ServerLimits;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.MultiPart;
import org.eclipse.jetty.http.MultiPartConfig;
import org.eclipse.jetty.http.MultiPartFormData;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.util.Attributes;

/**
 * The body of a request, read within the limits: either one document (a raw body) or the fields and
 * files of a {@code multipart/form-data} form, all in memory (never in a file).
 *
 * @param document the raw body, when it was not a form
 * @param files the files of a form, by field name, with their file names
 * @param fields the text fields of a form, by name
 */
record Body(Optional<byte[]> document, Map<String, NamedBytes> files, Map<String, String> fields) {

  /** A file of a form. */
  record NamedBytes(String name, byte[] bytes) {}

  /**
   * A request that breaks a limit or cannot be read; carries the problem to answer with and the
   * arguments of its detail, as alternating names and values.
   */
  static final class Refused extends Exception {
    private static final long serialVersionUID = 1L;
    final transient Problem problem;
    final transient Object[] args;

    Refused(Problem problem, Object... namesAndValues) {
      super(problem.code(), null, false, false);
      this.problem = problem;
      this.args = namesAndValues;
    }
  }

  /**
   * Refuses a body whose declared length is over the limit, before anything of it is read.
   *
   * @param request the request
   * @param limits the limits
   * @throws Refused if the declared length is over the limit
   */
  static void checkDeclaredLength(Request request, ServerLimits limits) throws Refused {
    long length = request.getLength();
    if (length > limits.maxBodyBytes()) {
      throw new Refused(Problem.BODY_TOO_LARGE, "size", length, "limit", limits.maxBodyBytes());
    }
  }

  /**
   * Reads a body within the limits.
   *
   * @param request the request
   * @param limits the limits
   * @return the body
   * @throws Refused if the body breaks a limit or cannot be parsed
   * @throws IOException if reading fails
   */
  static Body read(Request request, ServerLimits limits) throws Refused, IOException {
    checkDeclaredLength(request, limits);
    byte[] raw;
    try (InputStream in = Request.asInputStream(request)) {
      raw = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxBodyBytes() + 1));
    }
    if (raw.length > limits.maxBodyBytes()) {
      throw new Refused(
          Problem.BODY_TOO_LARGE,
          "size",
          "> " + limits.maxBodyBytes(),
          "limit",
          limits.maxBodyBytes());
    }
    String encoding = request.getHeaders().get(HttpHeader.CONTENT_ENCODING);
    if (encoding != null && !encoding.isBlank() && !encoding.trim().equalsIgnoreCase("identity")) {
      if (!encoding.trim().equalsIgnoreCase("gzip")) {
        throw new Refused(Problem.UNSUPPORTED_ENCODING, "encoding", encoding.trim());
      }
      raw = gunzip(raw, limits.maxDecompressedBytes());
    }
    String type = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
    if (type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
      return multipart(raw, type, limits);
    }
    return new Body(Optional.of(raw), Map.of(), Map.of());
  }

  private static byte[] gunzip(byte[] raw, long max) throws Refused {
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(raw))) {
      byte[] out = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
      if (out.length > max) {
        throw new Refused(Problem.DECOMPRESSED_TOO_LARGE, "limit", max);
      }
      return out;
    } catch (IOException e) {
      throw new Refused(
          Problem.UNSUPPORTED_ENCODING, "encoding", "gzip (" + e.getClass().getSimpleName() + ")");
    }
  }

  private static Body multipart(byte[] raw, String contentType, ServerLimits limits)
      throws Refused {
    String boundary = MultiPart.extractBoundary(contentType);
    if (boundary == null || boundary.isEmpty()) {
      throw new Refused(Problem.BAD_MULTIPART, "reason", "no boundary");
    }
    // Everything stays in memory: no part is ever written to a file.
    MultiPartConfig config =
        new MultiPartConfig.Builder()
            .maxMemoryPartSize(limits.maxBodyBytes())
            .maxPartSize(limits.maxBodyBytes())
            .maxSize(limits.maxBodyBytes())
            .maxParts(16)
            .useFilesForPartsWithoutFileName(false)
            .build();
    Map<String, NamedBytes> files = new HashMap<>();
    Map<String, String> fields = new HashMap<>();
    try (MultiPartFormData.Parts parts =
        MultiPartFormData.getParts(
            Content.Source.from(ByteBuffer.wrap(raw)),
            new Attributes.Mapped(),
            contentType,
            config)) {
      for (MultiPart.Part part : parts) {
        String name = part.getName();
        if (name == null) {
          continue;
        }
        ByteBuffer content = Content.Source.asByteBuffer(part.getContentSource());
        byte[] bytes = new byte[content.remaining()];
        content.get(bytes);
        if (part.getFileName() != null) {
          if (bytes.length > 0) {
            files.put(name, new NamedBytes(part.getFileName(), bytes));
          }
        } else {
          fields.put(name, new String(bytes, StandardCharsets.UTF_8));
        }
      }
    } catch (IOException | RuntimeException e) {
      Throwable cause = e.getCause() != null ? e.getCause() : e;
      throw new Refused(Problem.BAD_MULTIPART, "reason", cause.getClass().getSimpleName());
    }
    return new Body(Optional.empty(), Map.copyOf(files), Map.copyOf(fields));
  }

  /**
   * Returns the document: the raw body, or the form's file {@code file}, or its text field {@code
   * file} (how a page sends a report it holds as text).
   *
   * @return the name and bytes
   */
  Optional<NamedBytes> documentOrFile(String defaultName) {
    if (document.isPresent()) {
      return document.get().length == 0
          ? Optional.empty()
          : Optional.of(new NamedBytes(defaultName, document.get()));
    }
    if (files.containsKey("file")) {
      return Optional.of(files.get("file"));
    }
    String text = fields.get("file");
    return text == null || text.isBlank()
        ? Optional.empty()
        : Optional.of(new NamedBytes(defaultName, text.getBytes(StandardCharsets.UTF_8)));
  }
}
