package org.disclosurereport.server.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.disclosurereport.document.EditionPolicy;
import org.disclosurereport.edition.Edition;
import org.disclosurereport.layout.HtmlRenderer;
import org.disclosurereport.server.ReportEngine;
import org.disclosurereport.server.ReportEngine.Examination;
import org.disclosurereport.server.ServerLimits;
import org.disclosurereport.validation.BlankPolicy;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;

/**
 * Answers every request of the service: the page ({@code GET /}, {@code POST /}, {@code GET
 * /form}), its static files ({@code /static/…}), the API ({@code /api/v1/…}) and {@code /health}.
 *
 * <p>Requests with a body are worked on at most {@link ServerLimits#maxConcurrentRequests()} at a
 * time; a request that cannot get its turn within {@link ServerLimits#queueWait()} is refused with
 * 503 and {@code Retry-After}. A request not answered within {@link ServerLimits#requestTime()}
 * (counted from its turn: reading its body and working on it) gets 408: {@link
 * Problem#BODY_TOO_SLOW}, closing the connection, when its body had not yet arrived; {@link
 * Problem#TOO_SLOW}, with {@code Retry-After}, when the work on it took too long. A body declared
 * larger than {@link ServerLimits#maxBodyBytes()} is refused with 413 before any of it is read.
 * Bodies are held in memory for the request only and never logged. Every answer carries a strict
 * Content-Security-Policy (scripts and styles only from the service itself, nothing inline), {@code
 * X-Content-Type-Options: nosniff} and {@code Cache-Control: no-store}.
 *
 * <p>This class is thread-safe.
 */
public final class ServiceHandler extends Handler.Abstract {
  /** The Content-Security-Policy of every answer. */
  public static final String CONTENT_SECURITY_POLICY =
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
          + "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

  private static final String STATIC = "/org/disclosurereport/server/internal/static/";
  private static final int RETRY_AFTER_SECONDS = 5;

  private final ReportEngine engine;
  private final ServerLimits limits;
  private final Semaphore turns;
  private final ExecutorService workers;
  private final Page page;

  /**
   * Creates the handler.
   *
   * @param engine what to do with documents
   * @param limits the bounds kept
   */
  public ServiceHandler(ReportEngine engine, ServerLimits limits) {
    this.engine = engine;
    this.limits = limits;
    this.turns = new Semaphore(limits.maxConcurrentRequests(), true);
    this.workers = Executors.newCachedThreadPool(daemonThreads());
    this.page = new Page(engine);
  }

  @Override
  protected void doStop() throws Exception {
    super.doStop();
    workers.shutdownNow();
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    String path = Request.getPathInContext(request);
    Fields query = Request.extractQueryParameters(request);
    Locale locale = PageText.locale(query.getValue("lang"));
    securityHeaders(response);
    try {
      route(request, response, callback, path, query, locale);
    } catch (Body.Refused r) {
      if (path.equals("/") || path.equals("/form")) {
        // People at the page get the page again, saying what was wrong, not a JSON document.
        answerHeaders(response, r.problem);
        send(
            response,
            callback,
            r.problem.status(),
            "text/html; charset=utf-8",
            page.message(
                locale,
                BlankPolicy.BLANK_IS_ERROR,
                r.problem.title(locale)
                    + (PageText.isChinese(locale) ? "：" : ": ")
                    + r.problem.detail(locale, r.args)));
        return true;
      }
      problem(response, callback, r.problem, locale, path, Optional.empty(), r.args);
    } catch (RuntimeException | IOException e) {
      // Nothing of the request goes to a log; the client learns only the kind of failure.
      problem(
          response,
          callback,
          Problem.INTERNAL,
          locale,
          path,
          Optional.empty(),
          "reason",
          e.getClass().getSimpleName());
    }
    return true;
  }

  private void route(
      Request request,
      Response response,
      Callback callback,
      String path,
      Fields query,
      Locale locale)
      throws Body.Refused, IOException {
    String method = request.getMethod();
    boolean get = HttpMethod.GET.is(method) || HttpMethod.HEAD.is(method);
    boolean post = HttpMethod.POST.is(method);
    switch (path) {
      case "/" -> {
        if (get) {
          send(
              response,
              callback,
              200,
              "text/html; charset=utf-8",
              page.upload(
                  locale, query.getValue("blank"), editionPolicy(query.getValue("edition"))));
        } else if (post) {
          pagePost(request, response, callback, path, query, locale);
        } else {
          notAllowed(response, callback, locale, path, "GET, POST");
        }
      }
      case "/form" -> {
        if (!get) {
          notAllowed(response, callback, locale, path, "GET");
          return;
        }
        Edition edition = edition(query.getValue("edition"));
        send(response, callback, 200, "text/html; charset=utf-8", page.emptyForm(edition, locale));
      }
      case "/health" -> send(response, callback, 200, "application/json", "{\"status\":\"UP\"}\n");
      case "/api/v1/validate" -> {
        if (!post) {
          notAllowed(response, callback, locale, path, "POST");
          return;
        }
        validate(request, response, callback, path, query, locale);
      }
      case "/api/v1/convert" -> {
        if (!post) {
          notAllowed(response, callback, locale, path, "POST");
          return;
        }
        convert(request, response, callback, path, query, locale);
      }
      case "/api/v1/rules" -> {
        if (!get) {
          notAllowed(response, callback, locale, path, "GET");
          return;
        }
        send(response, callback, 200, "application/json", engine.rulesJson(locale));
      }
      case "/api/v1/openapi.json" ->
          staticFile(response, callback, "openapi.json", "application/json", locale, path);
      case "/static/app.js" ->
          staticFile(response, callback, "app.js", "text/javascript; charset=utf-8", locale, path);
      case "/static/app.css" ->
          staticFile(response, callback, "app.css", "text/css; charset=utf-8", locale, path);
      case "/static/report.css" ->
          send(response, callback, 200, "text/css; charset=utf-8", HtmlRenderer.styleSheet());
      default ->
          problem(
              response, callback, Problem.NOT_FOUND, locale, path, Optional.empty(), "path", path);
    }
  }

  /** {@code POST /}: the form of the page, answered with the page showing the result. */
  private void pagePost(
      Request request,
      Response response,
      Callback callback,
      String path,
      Fields query,
      Locale locale)
      throws Body.Refused, IOException {
    Body.checkDeclaredLength(request, limits);
    PageAnswer answer =
        work(
            request,
            body -> {
              Locale pageLocale =
                  body.fields().containsKey("lang")
                      ? PageText.locale(body.fields().get("lang"))
                      : locale;
              String blank = body.fields().getOrDefault("blank", query.getValue("blank"));
              BlankPolicy policy = blankPolicy(blank);
              Optional<Edition> edition =
                  editionPolicy(body.fields().getOrDefault("edition", query.getValue("edition")));
              Optional<Body.NamedBytes> document =
                  body.documentOrFile(body.fields().getOrDefault("name", "upload"));
              if (document.isEmpty()) {
                return new PageAnswer(pageLocale, policy, edition, document, null);
              }
              Optional<byte[]> previous =
                  Optional.ofNullable(body.files().get("previous")).map(Body.NamedBytes::bytes);
              ReportEngine.Upload upload =
                  new ReportEngine.Upload(
                      document.get().name(),
                      document.get().bytes(),
                      previous,
                      policy,
                      edition,
                      pageLocale);
              return new PageAnswer(pageLocale, policy, edition, document, engine.examine(upload));
            });
    Locale pageLocale = answer.locale();
    BlankPolicy policy = answer.policy();
    Optional<Body.NamedBytes> document = answer.document();
    if (document.isEmpty()) {
      send(
          response,
          callback,
          400,
          "text/html; charset=utf-8",
          page.message(pageLocale, policy, Problem.NO_DOCUMENT.detail(pageLocale)));
      return;
    }
    Examination result = answer.result();
    send(
        response,
        callback,
        200,
        "text/html; charset=utf-8",
        page.result(document.get().name(), result, policy, answer.edition(), pageLocale));
  }

  /** What the page's form asked for and what came of it. */
  private record PageAnswer(
      Locale locale,
      BlankPolicy policy,
      Optional<Edition> edition,
      Optional<Body.NamedBytes> document,
      Examination result) {}

  /** {@code POST /api/v1/validate}. */
  private void validate(
      Request request,
      Response response,
      Callback callback,
      String path,
      Fields query,
      Locale locale)
      throws Body.Refused, IOException {
    Body.checkDeclaredLength(request, limits);
    BlankPolicy policy = blankPolicy(query.getValue("blank"));
    Optional<Edition> edition = editionPolicy(query.getValue("edition"));
    Examination result =
        work(
            request,
            body -> {
              Optional<Body.NamedBytes> document =
                  body.documentOrFile(Optional.ofNullable(query.getValue("name")).orElse("upload"));
              if (document.isEmpty()) {
                throw new Body.Refused(Problem.NO_DOCUMENT);
              }
              Optional<byte[]> previous =
                  Optional.ofNullable(body.files().get("previous")).map(Body.NamedBytes::bytes);
              return engine.examine(
                  new ReportEngine.Upload(
                      document.get().name(),
                      document.get().bytes(),
                      previous,
                      policy,
                      edition,
                      locale));
            });
    if (result.report().isEmpty()) {
      problem(
          response,
          callback,
          Problem.UNREADABLE,
          locale,
          path,
          Optional.of(result.json()),
          "reason",
          firstMessage(result, locale));
      return;
    }
    String download = query.getValue("download");
    if (download != null && download.matches("[A-Za-z0-9._-]{1,64}")) {
      response
          .getHeaders()
          .put(HttpHeader.CONTENT_DISPOSITION, "attachment; filename=\"" + download + "\"");
    }
    send(response, callback, 200, "application/json", result.json());
  }

  /** {@code POST /api/v1/convert?to=json|xml|html}. */
  private void convert(
      Request request,
      Response response,
      Callback callback,
      String path,
      Fields query,
      Locale locale)
      throws Body.Refused, IOException {
    Body.checkDeclaredLength(request, limits);
    String to =
        Optional.ofNullable(query.getValue("to")).orElse("").trim().toLowerCase(Locale.ROOT);
    if (!engine.writableFormats().contains(to)) {
      throw new Body.Refused(
          Problem.BAD_PARAMETER,
          "parameter",
          "to",
          "value",
          to,
          "allowed",
          String.join(", ", engine.writableFormats()));
    }
    Optional<Edition> edition = editionPolicy(query.getValue("edition"));
    byte[][] out = new byte[1][];
    Examination result =
        work(
            request,
            body -> {
              Optional<Body.NamedBytes> document = body.documentOrFile("upload");
              if (document.isEmpty()) {
                throw new Body.Refused(Problem.NO_DOCUMENT);
              }
              Examination e =
                  engine.examine(
                      new ReportEngine.Upload(
                          document.get().name(),
                          document.get().bytes(),
                          Optional.empty(),
                          BlankPolicy.BLANK_IS_ERROR,
                          edition,
                          locale));
              if (e.report().isPresent()) {
                ByteArrayOutputStream buffer = new ByteArrayOutputStream();
                engine.write(e.report().get(), to, buffer);
                out[0] = buffer.toByteArray();
              }
              return e;
            });
    if (out[0] == null) {
      problem(
          response,
          callback,
          Problem.UNREADABLE,
          locale,
          path,
          Optional.of(result.json()),
          "reason",
          firstMessage(result, locale));
      return;
    }
    String type =
        switch (to) {
          case "json" -> "application/json";
          case "xml" -> "application/xml; charset=utf-8";
          case "html" -> "text/html; charset=utf-8";
          case "docx" -> "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
          default -> "text/plain; charset=utf-8";
        };
    response
        .getHeaders()
        .put(HttpHeader.CONTENT_DISPOSITION, "attachment; filename=\"report." + to + "\"");
    if (to.equals("html")) {
      // A document of its own with its own inline style sheet: allow that style, nothing else.
      response
          .getHeaders()
          .put("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; sandbox");
    }
    send(response, callback, 200, type, out[0]);
  }

  private static String firstMessage(Examination result, Locale locale) {
    return result.findings().stream()
        .filter(f -> f.isError())
        .findFirst()
        .map(f -> f.message(locale))
        .orElse("");
  }

  /** The work on a request's body. */
  @FunctionalInterface
  private interface BodyWork<T> {
    T apply(Body body) throws Exception;
  }

  /**
   * Reads a request's body and works on it, in the request's turn and within its time. The turn is
   * held until the work has really ended, even when the request has given up on it, so that
   * abandoned work still counts against the limit.
   *
   * <p>When the time runs out before the body has arrived, the body is failed (which ends the
   * blocked read) and the request is answered 408 {@link Problem#BODY_TOO_SLOW}; when it runs out
   * while the body is being worked on, 408 {@link Problem#TOO_SLOW} with {@code Retry-After}.
   */
  private <T> T work(Request request, BodyWork<T> task) throws Body.Refused, IOException {
    boolean got;
    try {
      got = turns.tryAcquire(limits.queueWait().toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Body.Refused(Problem.BUSY, "seconds", RETRY_AFTER_SECONDS);
    }
    if (!got) {
      throw new Body.Refused(Problem.BUSY, "seconds", RETRY_AFTER_SECONDS);
    }
    AtomicBoolean bodyRead = new AtomicBoolean();
    Future<T> future;
    try {
      future =
          workers.submit(
              () -> {
                try {
                  Body body = Body.read(request, limits);
                  bodyRead.set(true);
                  return task.apply(body);
                } finally {
                  turns.release();
                }
              });
    } catch (RuntimeException e) {
      turns.release();
      throw e;
    }
    try {
      return future.get(limits.requestTime().toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException | InterruptedException e) {
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      long seconds = Math.max(1, limits.requestTime().toSeconds());
      if (!bodyRead.get()) {
        // Ends a read blocked on a client that sends slowly or not at all.
        request.fail(new TimeoutException("request body not received in time"));
        future.cancel(true);
        throw new Body.Refused(Problem.BODY_TOO_SLOW, "seconds", seconds);
      }
      future.cancel(true);
      throw new Body.Refused(Problem.TOO_SLOW, "seconds", seconds);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof Body.Refused r) {
        throw r;
      }
      if (cause instanceof IllegalArgumentException) {
        throw new Body.Refused(Problem.PREVIOUS_UNREADABLE);
      }
      if (cause instanceof IOException io) {
        throw io;
      }
      if (cause instanceof RuntimeException re) {
        throw re;
      }
      throw new UncheckedIOException(new IOException(cause));
    }
  }

  private static Edition edition(String id) throws Body.Refused {
    if (id == null || id.isBlank()) {
      return Edition.V2021;
    }
    for (Edition e : Edition.values()) {
      if (e.id().equals(id.trim())) {
        return e;
      }
    }
    throw new Body.Refused(
        Problem.BAD_PARAMETER, "parameter", "edition", "value", id, "allowed", "2019, 2021");
  }

  /**
   * The edition policy, read by {@link EditionPolicy} as every front end reads it: empty to detect
   * the edition (the default, {@code auto}), or the edition to read a published page, text or
   * document as.
   */
  static Optional<Edition> editionPolicy(String value) throws Body.Refused {
    return EditionPolicy.fromId(value)
        .map(EditionPolicy::edition)
        .orElseThrow(
            () ->
                new Body.Refused(
                    Problem.BAD_PARAMETER,
                    "parameter",
                    "edition",
                    "value",
                    value,
                    "allowed",
                    String.join(", ", EditionPolicy.ids())));
  }

  private static BlankPolicy blankPolicy(String value) throws Body.Refused {
    if (value == null || value.isBlank() || value.trim().equalsIgnoreCase("error")) {
      return BlankPolicy.BLANK_IS_ERROR;
    }
    if (value.trim().equalsIgnoreCase("zero")) {
      return BlankPolicy.BLANK_AS_ZERO;
    }
    throw new Body.Refused(
        Problem.BAD_PARAMETER, "parameter", "blank", "value", value, "allowed", "error, zero");
  }

  /** The headers a problem asks for: when to try again, and whether the connection ends. */
  private static void answerHeaders(Response response, Problem problem) {
    if (problem.retryLater()) {
      response.getHeaders().put(HttpHeader.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS));
    }
    if (problem.closesConnection()) {
      response.getHeaders().put(HttpHeader.CONNECTION, "close");
    }
  }

  private static void securityHeaders(Response response) {
    response.getHeaders().put("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    response.getHeaders().put("X-Content-Type-Options", "nosniff");
    response.getHeaders().put("Referrer-Policy", "no-referrer");
    response.getHeaders().put("X-Frame-Options", "DENY");
    response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
  }

  private void staticFile(
      Response response, Callback callback, String name, String type, Locale locale, String path)
      throws IOException {
    try (InputStream in = ServiceHandler.class.getResourceAsStream(STATIC + name)) {
      if (in == null) {
        problem(
            response, callback, Problem.NOT_FOUND, locale, path, Optional.empty(), "path", path);
        return;
      }
      send(response, callback, 200, type, in.readAllBytes());
    }
  }

  private void notAllowed(
      Response response, Callback callback, Locale locale, String path, String allow) {
    response.getHeaders().put(HttpHeader.ALLOW, allow);
    problem(
        response,
        callback,
        Problem.METHOD_NOT_ALLOWED,
        locale,
        path,
        Optional.empty(),
        "method",
        allow);
  }

  private static void problem(
      Response response,
      Callback callback,
      Problem problem,
      Locale locale,
      String path,
      Optional<String> outcome,
      Object... namesAndValues) {
    answerHeaders(response, problem);
    send(
        response,
        callback,
        problem.status(),
        Problem.MEDIA_TYPE,
        problem.document(locale, path, outcome, namesAndValues));
  }

  private static void send(
      Response response, Callback callback, int status, String type, String text) {
    send(
        response,
        callback,
        status,
        type.contains("charset") || !type.startsWith("text/") ? type : type + "; charset=utf-8",
        text.getBytes(StandardCharsets.UTF_8));
  }

  private static void send(
      Response response, Callback callback, int status, String type, byte[] bytes) {
    response.setStatus(status);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, type);
    response.getHeaders().put(HttpHeader.CONTENT_LENGTH, bytes.length);
    response.write(true, ByteBuffer.wrap(bytes), callback);
  }

  private static ThreadFactory daemonThreads() {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, "disclosure-serve-work-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }

  /** The query parameters of the page's own links. */
  static Map<String, String> query(Locale locale, BlankPolicy policy) {
    return Map.of(
        "lang",
        PageText.isChinese(locale) ? "zh" : "en",
        "blank",
        policy == BlankPolicy.BLANK_AS_ZERO ? "zero" : "error");
  }
}
