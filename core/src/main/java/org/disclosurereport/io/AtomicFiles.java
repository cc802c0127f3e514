package org.disclosurereport.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Objects;
import java.util.Set;

/**
 * Writes files atomically: a reader of the target sees either its old content or the complete new
 * content, never a truncated or half-written file, whatever happens in between (a full disk, a
 * write error, a killed process, a power cut after the call returned).
 *
 * <p>Every file the SDK and its tools write goes through here. The content is written to a
 * temporary file in the target's own folder (so that the final rename never crosses a file system),
 * flushed and forced to the device ({@code fsync}), then renamed over the target, atomically where
 * the file system can. On any failure the temporary file is deleted and the target is left as it
 * was. A new file gets the permissions {@code rw-r--r--} on POSIX file systems; a replaced file
 * keeps its own.
 *
 * <p>This class is thread-safe; two concurrent writes of one target leave one of the two contents,
 * complete.
 */
public final class AtomicFiles {
  private static final Set<PosixFilePermission> NEW_FILE_PERMISSIONS =
      PosixFilePermissions.fromString("rw-r--r--");

  private AtomicFiles() {}

  /** Writes content to a stream; the stream is closed by {@link AtomicFiles}, not by this. */
  @FunctionalInterface
  public interface Content {
    /**
     * Writes the whole content.
     *
     * @param out where to write
     * @throws IOException if writing fails; the target is then left as it was
     */
    void writeTo(OutputStream out) throws IOException;
  }

  /**
   * Writes bytes to a file atomically.
   *
   * @param target the file to create or replace; its folder is created if missing
   * @param bytes the complete new content
   * @throws IOException if the file could not be written; the target is then unchanged
   */
  public static void write(Path target, byte[] bytes) throws IOException {
    Objects.requireNonNull(bytes);
    write(target, out -> out.write(bytes));
  }

  /**
   * Writes a file atomically from a writer of its content.
   *
   * @param target the file to create or replace; its folder is created if missing
   * @param content writes the complete new content
   * @throws IOException if the file could not be written or the content failed; the target is then
   *     unchanged and no temporary file is left behind
   */
  public static void write(Path target, Content content) throws IOException {
    Objects.requireNonNull(content);
    Path absolute = checkedTarget(target);
    Path folder = absolute.getParent();
    Files.createDirectories(folder);
    Path temporary = Files.createTempFile(folder, "." + absolute.getFileName() + ".", ".partial");
    boolean done = false;
    try {
      try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE);
          OutputStream out = Channels.newOutputStream(channel)) {
        content.writeTo(out);
        out.flush();
        channel.force(true);
      }
      copyPermissions(absolute, temporary);
      move(temporary, absolute);
      done = true;
      forceFolder(folder);
    } finally {
      if (!done) {
        Files.deleteIfExists(temporary);
      }
    }
  }

  /**
   * Describes why a file operation failed in words a user can act on: "permission denied", "no such
   * file or folder", "is a folder", the operating system's reason, never just the path.
   *
   * @param e the failure
   * @return a short description without the path
   */
  public static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "no such file or folder";
    }
    if (e instanceof NotDirectoryException) {
      return "a part of the path is not a folder";
    }
    if (e instanceof FileAlreadyExistsException) {
      return "a file of that name is in the way";
    }
    if (e instanceof FileSystemException fs && fs.getReason() != null) {
      return fs.getReason();
    }
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
  }

  private static Path checkedTarget(Path target) throws IOException {
    Objects.requireNonNull(target);
    if (target.toString().isEmpty() || target.getFileName() == null) {
      throw new FileSystemException(target.toString(), null, "the file name is empty");
    }
    Path absolute = target.toAbsolutePath();
    if (Files.isDirectory(absolute)) {
      throw new FileSystemException(target.toString(), null, "is a folder");
    }
    return absolute;
  }

  private static void copyPermissions(Path from, Path to) throws IOException {
    PosixFileAttributeView view =
        Files.getFileAttributeView(to, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
    if (view == null) {
      return;
    }
    Set<PosixFilePermission> permissions = NEW_FILE_PERMISSIONS;
    if (Files.exists(from)) {
      permissions = Files.getPosixFilePermissions(from);
    }
    view.setPermissions(permissions);
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** Makes the rename durable where the platform allows opening a folder; best effort. */
  private static void forceFolder(Path folder) {
    try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException | RuntimeException e) {
      // Not every platform can open a folder (Windows cannot); the content itself is forced.
    }
  }
}
