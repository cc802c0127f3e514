package org.disclosurereport.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.disclosurereport.cli.internal.Messages;
import org.disclosurereport.server.ReportServer;
import org.disclosurereport.server.ServerLimits;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code disclosure serve [--port 8080] [--bind 127.0.0.1]}: starts the validation service and its
 * web page ({@link ReportServer}), answering with this tool's own readers, checks and output
 * ({@link ToolEngine}), until stopped (Ctrl-C or SIGTERM, which finish the requests in flight).
 *
 * <p>By default it listens on this machine only; {@code --bind 0.0.0.0} serves every interface.
 */
@Command(name = "serve", sortOptions = false, usageHelpAutoWidth = false)
final class ServeCommand implements Callable<Integer> {
  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      descriptionKey = "help")
  boolean help;

  @Spec CommandSpec spec;

  @Option(
      names = "--port",
      paramLabel = "PORT",
      defaultValue = "8080",
      descriptionKey = "serve.port")
  int port;

  @Option(
      names = "--bind",
      paramLabel = "ADDRESS",
      defaultValue = "127.0.0.1",
      descriptionKey = "serve.bind")
  String bind;

  @Option(
      names = "--max-size",
      paramLabel = "MIB",
      defaultValue = "16",
      descriptionKey = "serve.maxSize")
  int maxMebibytes;

  @Option(
      names = "--max-requests",
      paramLabel = "N",
      defaultValue = "0",
      descriptionKey = "serve.maxRequests")
  int maxRequests;

  private final CommandContext context;

  /** The largest request body a service takes, in MiB. */
  static final int MAX_MEBIBYTES = 1024;

  ServeCommand(CommandContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws Exception {
    if (port < 0 || port > 65_535) {
      throw UsageErrors.badValue(spec, context.locale(), "--port", port, msg("usage.port"));
    }
    if (maxMebibytes < 1 || maxMebibytes > MAX_MEBIBYTES) {
      throw UsageErrors.badValue(
          spec,
          context.locale(),
          "--max-size",
          maxMebibytes,
          msg("usage.mebibytes", "max", String.valueOf(MAX_MEBIBYTES)));
    }
    if (maxRequests < 0) {
      throw UsageErrors.badValue(
          spec, context.locale(), "--max-requests", maxRequests, msg("usage.maxRequests"));
    }
    ServerLimits.Builder limits = ServerLimits.builder().maxBodyBytes((long) maxMebibytes << 20);
    if (maxRequests > 0) {
      limits.maxConcurrentRequests(maxRequests);
    }
    ServerLimits built = limits.build();
    ReportServer server;
    try {
      server =
          ReportServer.start(
              new ToolEngine(context.toolkit(), built.maxDecompressedBytes()), bind, port, built);
    } catch (Exception e) {
      context
          .terminal()
          .err()
          .println(
              msg(
                  "serve.error.start",
                  "host",
                  bind,
                  "port",
                  String.valueOf(port),
                  "reason",
                  e.getMessage()));
      return ExitCodes.UNREADABLE;
    }
    PrintWriter err = context.terminal().err();
    String host = bind.contains(":") ? "[" + bind + "]" : bind;
    err.println(msg("serve.started", "address", "http://" + host + ":" + server.port() + "/"));
    err.flush();
    server.join();
    return ExitCodes.OK;
  }

  private String msg(String key, Object... namesAndValues) {
    return Messages.get(context.locale(), key, namesAndValues);
  }
}
