package org.disclosurereport.spring.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.lang.reflect.Type;
import java.util.Optional;
import org.disclosurereport.model.AnnualReport;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdvice;

/**
 * Keeps the bytes of a posted report (up to the document size limit) for the length of the request,
 * so that a body the JSON mapper cannot read is read again by the SDK's own reader, whose findings
 * ({@code DR-Jnnn}, located) the problem response then lists, whatever the mapper's failure was.
 * Bodies of other types are not touched.
 */
@ControllerAdvice
public final class ReportBodyCapture implements RequestBodyAdvice {
  private static final String ATTRIBUTE = ReportBodyCapture.class.getName() + ".body";

  private final long maxBytes;

  /**
   * Creates the advice.
   *
   * @param maxBytes the most bytes kept; a larger body is passed on without being kept
   */
  public ReportBodyCapture(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  /**
   * Returns the bytes kept for the current request, if any.
   *
   * @return the body of the report posted in this request
   */
  static Optional<byte[]> captured() {
    RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
    return attributes == null
        ? Optional.empty()
        : Optional.ofNullable(
            (byte[]) attributes.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST));
  }

  @Override
  public boolean supports(
      MethodParameter parameter,
      Type targetType,
      Class<? extends HttpMessageConverter<?>> converterType) {
    return targetType instanceof Class<?> c && AnnualReport.class.isAssignableFrom(c);
  }

  @Override
  public HttpInputMessage beforeBodyRead(
      HttpInputMessage message,
      MethodParameter parameter,
      Type targetType,
      Class<? extends HttpMessageConverter<?>> converterType)
      throws IOException {
    InputStream body = message.getBody();
    byte[] head = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
    if (head.length <= maxBytes) {
      RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
      if (attributes != null) {
        attributes.setAttribute(ATTRIBUTE, head, RequestAttributes.SCOPE_REQUEST);
      }
    }
    InputStream replay = new SequenceInputStream(new ByteArrayInputStream(head), body);
    HttpHeaders headers = message.getHeaders();
    return new HttpInputMessage() {
      @Override
      public InputStream getBody() {
        return replay;
      }

      @Override
      public HttpHeaders getHeaders() {
        return headers;
      }
    };
  }

  @Override
  public Object afterBodyRead(
      Object body,
      HttpInputMessage message,
      MethodParameter parameter,
      Type targetType,
      Class<? extends HttpMessageConverter<?>> converterType) {
    return body;
  }

  @Override
  public Object handleEmptyBody(
      Object body,
      HttpInputMessage message,
      MethodParameter parameter,
      Type targetType,
      Class<? extends HttpMessageConverter<?>> converterType) {
    return body;
  }
}
