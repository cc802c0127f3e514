package org.disclosurereport.cli.internal.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputWalkerTest {
  @TempDir Path dir;

  private static List<InputItem> walk(Path... args) {
    List<InputItem> items = new ArrayList<>();
    new InputWalker(List.of(args)).forEachRemaining(items::add);
    return items;
  }

  private Path file(String relative) throws IOException {
    Path p = dir.resolve(relative);
    Files.createDirectories(p.getParent());
    Files.writeString(p, "{}");
    return p;
  }

  @Test
  void walksDirectoriesRecursivelyInNameOrder() throws IOException {
    file("b/2.json");
    file("b/1.json");
    file("a.json");
    file("c/d/e/deep.html");
    List<String> names =
        walk(dir).stream()
            .map(i -> dir.relativize(((InputItem.File) i).path()).toString().replace('\\', '/'))
            .toList();
    assertEquals(List.of("a.json", "b/1.json", "b/2.json", "c/d/e/deep.html"), names);
    assertTrue(walk(dir).stream().allMatch(i -> !((InputItem.File) i).explicit()));
  }

  @Test
  void passesOverHiddenEntriesAndPageAssets() throws IOException {
    file("page.html");
    file("page_files/style.css");
    file("page_files/logo.PNG");
    file(".git/config");
    file(".hidden.json");
    List<InputItem> items = walk(dir);
    List<String> kinds =
        items.stream()
            .map(i -> i.getClass().getSimpleName() + ":" + Path.of(i.displayName()).getFileName())
            .toList();
    assertEquals(
        List.of(
            "Skipped:.git",
            "Skipped:.hidden.json",
            "File:page.html",
            "Skipped:logo.PNG",
            "Skipped:style.css"),
        kinds);
  }

  @Test
  void readsNamedFilesWhateverTheirNameAndReportsMissingOnes() throws IOException {
    Path css = file("x.css");
    Path missing = dir.resolve("missing.json");
    List<InputItem> items = walk(css, missing);
    InputItem.File f = assertInstanceOf(InputItem.File.class, items.get(0));
    assertTrue(f.explicit());
    InputItem.Problem p = assertInstanceOf(InputItem.Problem.class, items.get(1));
    assertInstanceOf(NoSuchFileException.class, p.cause());
    assertEquals(2, items.size());
  }

  @Test
  void displayNamesKeepTheArgumentAsGiven() throws IOException {
    file("sub/r.json");
    Path relative = Path.of("").toAbsolutePath().relativize(dir);
    InputItem item = walk(relative).get(0);
    assertEquals(relative.resolve("sub").resolve("r.json").toString(), item.displayName());
  }

  @Test
  void anEmptyWalkEnds() {
    InputWalker w = new InputWalker(List.of(dir));
    assertTrue(!w.hasNext());
    org.junit.jupiter.api.Assertions.assertThrows(NoSuchElementException.class, w::next);
  }
}
