package org.disclosurereport.spring.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolation;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.disclosurereport.finding.Finding;
import org.disclosurereport.finding.FindingLocation;
import org.disclosurereport.model.AnnualReport;
import org.disclosurereport.serialization.ReportJson;
import org.disclosurereport.serialization.ReportMappingException;
import org.disclosurereport.validation.bean.ReportBeanValidation;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.MethodParameter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.util.ClassUtils;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Answers a report that breaks rules (422) or cannot be read (400) as an RFC 9457 problem, {@code
 * application/problem+json}, listing the findings: rule id, severity, location and message, in the
 * language of the request's {@code Accept-Language}, or the configured one when the request names
 * none.
 *
 * <p>It handles only failures about an {@link AnnualReport}: a {@code @Valid} report that broke
 * rules, or an unreadable body of a handler whose {@code @RequestBody} is a report. Anything else
 * is left to the application's own handlers, untouched. It logs one line per rejected report with
 * the rule ids, never the report.
 */
public final class ReportProblemResolver implements HandlerExceptionResolver, Ordered {
  private static final Log LOG = LogFactory.getLog(ReportProblemResolver.class);
  private static final int UNPROCESSABLE = 422;
  private static final int BAD_REQUEST = 400;
  private static final int LOGGED_IDS = 10;
  private static final boolean JACKSON3 =
      ClassUtils.isPresent(
          "tools.jackson.databind.exc.MismatchedInputException",
          ReportProblemResolver.class.getClassLoader());

  private final Locale defaultLanguage;
  private final ReportJson reader;
  private final ObjectProvider<RequestMappingHandlerAdapter> adapter;

  /**
   * Creates the resolver.
   *
   * @param defaultLanguage the language of messages when the request names none
   * @param reader the reader of bodies the mapper could not read
   * @param adapter Spring MVC's handler adapter, whose message converters write the problem
   */
  public ReportProblemResolver(
      Locale defaultLanguage,
      ReportJson reader,
      ObjectProvider<RequestMappingHandlerAdapter> adapter) {
    this.defaultLanguage = Objects.requireNonNull(defaultLanguage, "defaultLanguage");
    this.reader = Objects.requireNonNull(reader, "reader");
    this.adapter = Objects.requireNonNull(adapter, "adapter");
  }

  @Override
  public int getOrder() {
    // After Boot's DefaultErrorAttributes (which only records the exception), before Spring MVC.
    return Ordered.HIGHEST_PRECEDENCE + 10;
  }

  @Override
  public ModelAndView resolveException(
      HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
    try {
      if (ex instanceof MethodArgumentNotValidException invalid
          && invalid.getBindingResult().getTarget() instanceof AnnualReport) {
        return answer(
            request,
            response,
            UNPROCESSABLE,
            Kind.INVALID,
            invalid.getBindingResult().getAllErrors());
      }
      if (ex instanceof HttpMessageNotReadableException unreadable && takesReport(handler)) {
        return answerUnreadable(request, response, unreadable);
      }
    } catch (IOException | RuntimeException e) {
      LOG.warn("Could not write the problem response for a report: " + e);
    }
    return null;
  }

  private ModelAndView answer(
      HttpServletRequest request,
      HttpServletResponse response,
      int status,
      Kind kind,
      List<ObjectError> errors)
      throws IOException {
    Locale locale = locale(request);
    List<Map<String, Object>> items = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    List<Finding> findings = new ArrayList<>();
    for (ObjectError error : errors) {
      Optional<Finding> finding = finding(error);
      if (finding.isPresent()) {
        findings.add(finding.get());
      } else {
        Map<String, Object> item = new LinkedHashMap<>();
        if (error instanceof FieldError field) {
          item.put("field", field.getField());
        }
        item.put("message", error.getDefaultMessage());
        items.add(item);
      }
    }
    // Bean Validation reports violations in no order: list them as the catalogue orders rules.
    findings.sort(
        Comparator.comparing(Finding::ruleId)
            .thenComparing(f -> f.location().jsonPointer().map(Object::toString).orElse("")));
    for (Finding f : findings) {
      items.add(describe(f, locale));
      ids.add(f.ruleId());
    }
    return write(request, response, status, kind, locale, items, ids);
  }

  private ModelAndView answerUnreadable(
      HttpServletRequest request, HttpServletResponse response, HttpMessageNotReadableException ex)
      throws IOException {
    Locale locale = locale(request);
    List<Finding> findings = findingsOf(ex);
    if (findings.isEmpty()) {
      // The mapper failed before the module could read (not JSON at all, or nothing sent): what
      // the SDK's reader says of the same bytes.
      byte[] body = ReportBodyCapture.captured().orElse(new byte[0]);
      findings = reader.read(body, "request").findings();
    }
    List<Map<String, Object>> items = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    for (Finding f : findings) {
      items.add(describe(f, locale));
      ids.add(f.ruleId());
    }
    return write(request, response, BAD_REQUEST, Kind.UNREADABLE, locale, items, ids);
  }

  private ModelAndView write(
      HttpServletRequest request,
      HttpServletResponse response,
      int status,
      Kind kind,
      Locale locale,
      List<Map<String, Object>> items,
      List<String> ids)
      throws IOException {
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("type", kind.type.toString());
    problem.put("title", kind.title(locale));
    problem.put("status", status);
    problem.put("detail", kind.detail(locale, items.size()));
    problem.put("instance", request.getRequestURI());
    problem.put("findings", items);
    LOG.info(
        String.format(
            "Report %s %s answered %d: %d findings %s%s",
            request.getMethod(),
            request.getRequestURI(),
            status,
            ids.size(),
            ids.stream().limit(LOGGED_IDS).collect(Collectors.joining(",", "[", "]")),
            ids.size() > LOGGED_IDS ? "..." : ""));
    ServletServerHttpResponse out = new ServletServerHttpResponse(response);
    out.setStatusCode(HttpStatusCode.valueOf(status));
    for (HttpMessageConverter<?> converter : adapter.getObject().getMessageConverters()) {
      if (converter.canWrite(LinkedHashMap.class, MediaType.APPLICATION_PROBLEM_JSON)) {
        @SuppressWarnings("unchecked")
        HttpMessageConverter<Object> c = (HttpMessageConverter<Object>) converter;
        c.write(problem, MediaType.APPLICATION_PROBLEM_JSON, out);
        out.flush();
        return new ModelAndView();
      }
    }
    LOG.warn("No JSON message converter to write a report problem with");
    return null;
  }

  private Locale locale(HttpServletRequest request) {
    String header = request.getHeader("Accept-Language");
    return header == null || header.isBlank()
        ? defaultLanguage
        : RequestContextUtils.getLocale(request);
  }

  private static Map<String, Object> describe(Finding f, Locale locale) {
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("ruleId", f.ruleId());
    item.put("severity", f.severity().name());
    FindingLocation at = f.location();
    Map<String, Object> location = new LinkedHashMap<>();
    at.jsonPointer().ifPresent(p -> location.put("pointer", p.toString()));
    at.labels().ifPresent(l -> location.put("labels", l));
    at.line().ifPresent(l -> location.put("line", l));
    at.columnNumber().ifPresent(c -> location.put("column", c));
    item.put("location", location);
    item.put("message", f.message(locale));
    return item;
  }

  private static Optional<Finding> finding(ObjectError error) {
    if (error.contains(ConstraintViolation.class)) {
      return ReportBeanValidation.finding(error.unwrap(ConstraintViolation.class));
    }
    return Optional.empty();
  }

  private static List<Finding> findingsOf(Throwable ex) {
    for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof ReportMappingException jackson2) {
        return jackson2.findings();
      }
      if (JACKSON3 && Jackson3.isMappingException(t)) {
        return Jackson3.findings(t);
      }
    }
    return List.of();
  }

  private static boolean takesReport(Object handler) {
    if (!(handler instanceof HandlerMethod method)) {
      return false;
    }
    for (MethodParameter p : method.getMethodParameters()) {
      if (p.hasParameterAnnotation(RequestBody.class)
          && AnnualReport.class.isAssignableFrom(p.getNestedParameterType())) {
        return true;
      }
    }
    return false;
  }

  /** The Jackson 3 exception, kept apart so that it is loaded only when Jackson 3 is present. */
  private static final class Jackson3 {
    static boolean isMappingException(Throwable t) {
      return t instanceof org.disclosurereport.jackson3.ReportMappingException;
    }

    static List<Finding> findings(Throwable t) {
      return ((org.disclosurereport.jackson3.ReportMappingException) t).findings();
    }
  }

  /** The two kinds of problem, with their type, title and detail in Chinese and English. */
  private enum Kind {
    INVALID(
        "urn:org.disclosurereport:problem:invalid-report",
        "年度报告不符合格式规则",
        "The annual report breaks rules of the format",
        "发现 %d 个问题。",
        "%d problems found."),
    UNREADABLE(
        "urn:org.disclosurereport:problem:unreadable-report",
        "无法读取年度报告",
        "The annual report cannot be read",
        "文档有 %d 个问题。",
        "The document has %d problems.");

    final URI type;
    final String titleZh;
    final String titleEn;
    final String detailZh;
    final String detailEn;

    Kind(String type, String titleZh, String titleEn, String detailZh, String detailEn) {
      this.type = URI.create(type);
      this.titleZh = titleZh;
      this.titleEn = titleEn;
      this.detailZh = detailZh;
      this.detailEn = detailEn;
    }

    String title(Locale locale) {
      return zh(locale) ? titleZh : titleEn;
    }

    String detail(Locale locale, int count) {
      return String.format(Locale.ROOT, zh(locale) ? detailZh : detailEn, count);
    }

    private static boolean zh(Locale locale) {
      return "zh".equals(locale.getLanguage());
    }
  }
}
