package org.disclosurereport.cli.internal.input;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * Lists the files of a command's arguments: files as given, directories walked recursively.
 *
 * <p>The walk is lazy and keeps only the names of the directories it is in, so ten thousand files
 * cost no more memory than ten. Entries of each directory come in name order, so output is the same
 * from run to run. Symbolic links to directories are not followed inside a walk (they could loop);
 * a link named on the command line is.
 *
 * <p>Inside a directory the walker passes over hidden entries (names starting with {@code .}) and
 * the assets a browser saves next to a page ({@code .css}, {@code .js}, images, fonts): they are
 * never reports, and an auditor's folder of saved pages is full of them. A file named on the
 * command line is always read.
 *
 * <p>Instances are not thread-safe; use one per walk.
 */
public final class InputWalker implements Iterator<InputItem> {
  /** Extensions of web page assets that a walk passes over. */
  static final Set<String> ASSET_EXTENSIONS =
      Set.of(
          "css", "js", "mjs", "map", "png", "jpg", "jpeg", "gif", "bmp", "ico", "svg", "webp",
          "woff", "woff2", "ttf", "otf", "eot", "swf");

  private final Deque<Path> roots;
  private final Deque<Iterator<Entry>> stack = new ArrayDeque<>();
  private final Deque<String> prefixes = new ArrayDeque<>();
  private InputItem next;

  /**
   * Creates a walk over the given arguments, in the order given.
   *
   * @param arguments files and directories
   */
  public InputWalker(List<Path> arguments) {
    this.roots = new ArrayDeque<>(arguments);
  }

  @Override
  public boolean hasNext() {
    if (next == null) {
      next = advance();
    }
    return next != null;
  }

  @Override
  public InputItem next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    InputItem item = next;
    next = null;
    return item;
  }

  private InputItem advance() {
    while (true) {
      if (!stack.isEmpty()) {
        Iterator<Entry> it = stack.peek();
        if (!it.hasNext()) {
          stack.pop();
          prefixes.pop();
          continue;
        }
        Entry entry = it.next();
        Path p = entry.path();
        String name = entry.name();
        String display = prefixes.peek() + name;
        if (name.startsWith(".")) {
          return new InputItem.Skipped(p, display);
        }
        // One look at the entry itself; a link is followed only to see whether it is a file.
        BasicFileAttributes attributes;
        try {
          attributes =
              Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException | RuntimeException e) {
          continue;
        }
        if (attributes.isDirectory()) {
          InputItem problem = enter(p, display);
          if (problem != null) {
            return problem;
          }
          continue;
        }
        if (!attributes.isRegularFile()
            && !(attributes.isSymbolicLink() && Files.isRegularFile(p))) {
          continue;
        }
        if (ASSET_EXTENSIONS.contains(extension(name))) {
          return new InputItem.Skipped(p, display);
        }
        return new InputItem.File(p, display, false);
      }
      Path root = roots.poll();
      if (root == null) {
        return null;
      }
      String display = root.toString();
      if (Files.isDirectory(root)) {
        InputItem problem = enter(root, display);
        if (problem != null) {
          return problem;
        }
      } else if (Files.exists(root)) {
        return new InputItem.File(root, display, true);
      } else {
        return new InputItem.Problem(root, display, new NoSuchFileException(display));
      }
    }
  }

  /** Lists a directory, sorted by name; returns a problem item when it cannot be listed. */
  private InputItem enter(Path dir, String display) {
    List<Entry> entries = new ArrayList<>();
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
      for (Path p : ds) {
        entries.add(new Entry(p, p.getFileName().toString()));
      }
    } catch (IOException | RuntimeException e) {
      IOException cause = e instanceof IOException io ? io : new IOException(e.getMessage(), e);
      return new InputItem.Problem(dir, display, cause);
    }
    entries.sort(Comparator.comparing(Entry::name));
    stack.push(entries.iterator());
    String sep = dir.getFileSystem().getSeparator();
    prefixes.push(display.endsWith(sep) ? display : display + sep);
    return null;
  }

  /** An entry of a directory and its name, taken once for sorting and showing. */
  private record Entry(Path path, String name) {}

  private static String extension(String name) {
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }
}
