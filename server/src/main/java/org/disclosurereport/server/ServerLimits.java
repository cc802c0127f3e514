package org.disclosurereport.server;

import java.time.Duration;
import java.util.Objects;

/**
 * The bounds the service keeps whatever its clients send: the size of a request body, the size a
 * compressed body may grow to, how many requests are worked on at once and how long one may wait
 * for its turn, and how long working on one may take. Each bound has a safe default for a laptop
 * and a server alike; a request over a bound gets a problem document naming it ({@code 413} for
 * sizes, {@code 503} with {@code Retry-After} for load, {@code 408} for time), never a stack trace.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ServerLimits {
  private final long maxBodyBytes;
  private final long maxDecompressedBytes;
  private final int maxConcurrentRequests;
  private final Duration queueWait;
  private final Duration requestTime;
  private final Duration idleTimeout;

  private ServerLimits(Builder b) {
    this.maxBodyBytes = b.maxBodyBytes;
    this.maxDecompressedBytes = b.maxDecompressedBytes;
    this.maxConcurrentRequests = b.maxConcurrentRequests;
    this.queueWait = b.queueWait;
    this.requestTime = b.requestTime;
    this.idleTimeout = b.idleTimeout;
  }

  /**
   * Returns the default limits: bodies up to 16 MiB, growing to at most 32 MiB when compressed (the
   * size the command-line tool reads by default), twice as many requests at once as there are
   * processors (at least 4), a wait of up to 10 s for a turn, 20 s of work per request, and 30 s of
   * silence on a connection.
   *
   * @return the limits
   */
  public static ServerLimits defaults() {
    return builder().build();
  }

  /**
   * Returns a builder that starts from the defaults.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The largest request body read, in bytes; a larger one is refused with 413 before it is read.
   *
   * @return the limit
   */
  public long maxBodyBytes() {
    return maxBodyBytes;
  }

  /**
   * The largest size a compressed body ({@code Content-Encoding: gzip}) may grow to, in bytes.
   *
   * @return the limit
   */
  public long maxDecompressedBytes() {
    return maxDecompressedBytes;
  }

  /**
   * How many requests with a body are worked on at once; the others wait their turn.
   *
   * @return the limit
   */
  public int maxConcurrentRequests() {
    return maxConcurrentRequests;
  }

  /**
   * How long a request waits for its turn before it is refused with 503 and {@code Retry-After}.
   *
   * @return the wait
   */
  public Duration queueWait() {
    return queueWait;
  }

  /**
   * How long reading one request's body and working on it may take, from the moment it gets its
   * turn. A body that has not arrived by then (a client sending slowly) gets 408 and the connection
   * is closed; work that takes longer is abandoned with 408 and {@code Retry-After}.
   *
   * @return the time
   */
  public Duration requestTime() {
    return requestTime;
  }

  /**
   * How long a connection may stay silent (a client that stops sending half-way) before it is
   * closed.
   *
   * @return the timeout
   */
  public Duration idleTimeout() {
    return idleTimeout;
  }

  @Override
  public String toString() {
    return "ServerLimits{maxBodyBytes="
        + maxBodyBytes
        + ", maxDecompressedBytes="
        + maxDecompressedBytes
        + ", maxConcurrentRequests="
        + maxConcurrentRequests
        + ", queueWait="
        + queueWait
        + ", requestTime="
        + requestTime
        + ", idleTimeout="
        + idleTimeout
        + "}";
  }

  /** Builds {@link ServerLimits}; every setter checks its value. */
  public static final class Builder {
    private long maxBodyBytes = 16L << 20;
    private long maxDecompressedBytes = 32L << 20;
    private int maxConcurrentRequests = Math.max(4, 2 * Runtime.getRuntime().availableProcessors());
    private Duration queueWait = Duration.ofSeconds(10);
    private Duration requestTime = Duration.ofSeconds(20);
    private Duration idleTimeout = Duration.ofSeconds(30);

    private Builder() {}

    /**
     * Sets {@link ServerLimits#maxBodyBytes()}.
     *
     * @param bytes at least 1
     * @return this builder
     * @throws IllegalArgumentException if {@code bytes} is less than 1
     */
    public Builder maxBodyBytes(long bytes) {
      this.maxBodyBytes = positive("maxBodyBytes", bytes);
      return this;
    }

    /**
     * Sets {@link ServerLimits#maxDecompressedBytes()}.
     *
     * @param bytes at least 1
     * @return this builder
     * @throws IllegalArgumentException if {@code bytes} is less than 1
     */
    public Builder maxDecompressedBytes(long bytes) {
      this.maxDecompressedBytes = positive("maxDecompressedBytes", bytes);
      return this;
    }

    /**
     * Sets {@link ServerLimits#maxConcurrentRequests()}.
     *
     * @param requests at least 1
     * @return this builder
     * @throws IllegalArgumentException if {@code requests} is less than 1
     */
    public Builder maxConcurrentRequests(int requests) {
      this.maxConcurrentRequests = (int) positive("maxConcurrentRequests", requests);
      return this;
    }

    /**
     * Sets {@link ServerLimits#queueWait()}.
     *
     * @param wait zero or more
     * @return this builder
     * @throws IllegalArgumentException if {@code wait} is negative
     */
    public Builder queueWait(Duration wait) {
      if (wait.isNegative()) {
        throw new IllegalArgumentException("queueWait must not be negative: " + wait);
      }
      this.queueWait = wait;
      return this;
    }

    /**
     * Sets {@link ServerLimits#requestTime()}.
     *
     * @param time more than zero
     * @return this builder
     * @throws IllegalArgumentException if {@code time} is not positive
     */
    public Builder requestTime(Duration time) {
      this.requestTime = positive("requestTime", time);
      return this;
    }

    /**
     * Sets {@link ServerLimits#idleTimeout()}.
     *
     * @param timeout more than zero
     * @return this builder
     * @throws IllegalArgumentException if {@code timeout} is not positive
     */
    public Builder idleTimeout(Duration timeout) {
      this.idleTimeout = positive("idleTimeout", timeout);
      return this;
    }

    /**
     * Builds the limits.
     *
     * @return the limits
     */
    public ServerLimits build() {
      return new ServerLimits(this);
    }

    private static long positive(String name, long value) {
      if (value < 1) {
        throw new IllegalArgumentException(name + " must be at least 1: " + value);
      }
      return value;
    }

    private static Duration positive(String name, Duration value) {
      Objects.requireNonNull(value, name);
      if (value.isZero() || value.isNegative()) {
        throw new IllegalArgumentException(name + " must be more than zero: " + value);
      }
      return value;
    }
  }
}
