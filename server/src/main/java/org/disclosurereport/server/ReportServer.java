package org.disclosurereport.server;

import java.net.InetSocketAddress;
import java.util.Objects;
import org.disclosurereport.server.internal.ServiceHandler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The validation service: the web page at {@code /}, the API at {@code /api/v1/…} and {@code
 * /health}, served by Jetty 12 on one address and port.
 *
 * <pre>{@code
 * ReportServer server = ReportServer.start(engine, "127.0.0.1", 8080, ServerLimits.defaults());
 * server.join();   // until stopped; SIGTERM stops it gracefully
 * }</pre>
 *
 * <p>Nothing a client sends is written to disk or to a log: a document is held in memory for the
 * request that carries it and dropped with the answer. Stopping, by {@link #stop()} or by the JVM's
 * shutdown (SIGTERM), finishes the requests in flight first, refusing new ones.
 *
 * <p>This class is thread-safe.
 */
public final class ReportServer implements AutoCloseable {
  /** How long stopping waits for the requests in flight. */
  private static final long STOP_TIMEOUT_MILLIS = 30_000;

  private final Server server;
  private final ServerConnector connector;

  private ReportServer(Server server, ServerConnector connector) {
    this.server = server;
    this.connector = connector;
  }

  /**
   * Starts a server.
   *
   * @param engine what to do with documents
   * @param bind the address to listen on ({@code 127.0.0.1} for this machine only, {@code 0.0.0.0}
   *     for every interface)
   * @param port the port, or 0 for any free one (see {@link #port()})
   * @param limits the bounds kept
   * @return the running server
   * @throws Exception if the server cannot start (the port is taken, say)
   */
  public static ReportServer start(ReportEngine engine, String bind, int port, ServerLimits limits)
      throws Exception {
    Objects.requireNonNull(engine, "engine");
    Objects.requireNonNull(bind, "bind");
    Objects.requireNonNull(limits, "limits");
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("port must be 0 to 65535: " + port);
    }
    QueuedThreadPool threads =
        new QueuedThreadPool(Math.max(32, limits.maxConcurrentRequests() * 4 + 16));
    threads.setName("disclosure-serve");
    Server server = new Server(threads);
    HttpConfiguration http = new HttpConfiguration();
    http.setSendServerVersion(false);
    http.setSendXPoweredBy(false);
    ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
    connector.setHost(bind);
    connector.setPort(port);
    connector.setIdleTimeout(limits.idleTimeout().toMillis());
    server.addConnector(connector);
    server.setHandler(new GracefulHandler(new ServiceHandler(engine, limits)));
    server.setStopTimeout(STOP_TIMEOUT_MILLIS);
    server.setStopAtShutdown(true);
    server.start();
    return new ReportServer(server, connector);
  }

  /**
   * Returns the port the server listens on (the one chosen when 0 was asked for).
   *
   * @return the port
   */
  public int port() {
    return connector.getLocalPort();
  }

  /**
   * Returns the address the server listens on.
   *
   * @return the address and port
   */
  public InetSocketAddress address() {
    String host = connector.getHost();
    return new InetSocketAddress(host == null ? "0.0.0.0" : host, port());
  }

  /**
   * Waits until the server has stopped.
   *
   * @throws InterruptedException if the waiting thread is interrupted
   */
  public void join() throws InterruptedException {
    server.join();
  }

  /**
   * Stops the server, finishing the requests in flight first (for up to 30 s).
   *
   * @throws Exception if stopping fails
   */
  public void stop() throws Exception {
    server.stop();
  }

  /**
   * Stops the server as {@link #stop()} does, for try-with-resources.
   *
   * @throws IllegalStateException if stopping fails or the thread is interrupted while waiting for
   *     the requests in flight (the interrupt is kept)
   */
  @Override
  public void close() {
    try {
      stop();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while stopping the server", e);
    } catch (Exception e) {
      throw new IllegalStateException("could not stop the server", e);
    }
  }
}
