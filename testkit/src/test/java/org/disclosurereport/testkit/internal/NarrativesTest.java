package org.disclosurereport.testkit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.disclosurereport.model.Narrative;
import org.disclosurereport.model.TextBlock;
import org.disclosurereport.testkit.random.RandomEntropy;
import org.junit.jupiter.api.Test;

class NarrativesTest {

  @Test
  void structuredTextKeepsWithinItsLengthAndNumbersItsHeadings() {
    RandomEntropy entropy = RandomEntropy.seeded(4);
    for (int maxLength = 1; maxLength <= 60; maxLength++) {
      for (int i = 0; i < 50; i++) {
        Narratives.Shape shape = new Narratives.Shape(maxLength, 100, 4, 30);
        Narrative text = Narratives.draw(entropy, shape);
        List<TextBlock> blocks = text.blocks();
        assertFalse(blocks.isEmpty());
        int length = blocks.stream().mapToInt(b -> b.body().length()).sum();
        assertTrue(length <= maxLength, length + " > " + maxLength + ": " + text);
        int ordinal = 0;
        for (int b = 0; b < blocks.size(); b++) {
          TextBlock block = blocks.get(b);
          assertFalse(block.body().isEmpty(), text.toString());
          if (block.heading().isEmpty()) {
            assertEquals(0, b, "only an opening block has no heading: " + text);
          } else {
            assertTrue(
                block.heading().get().startsWith("（" + "一二三".charAt(ordinal++) + "）"),
                text.toString());
          }
          for (String paragraph : block.body().split("\n", -1)) {
            assertFalse(paragraph.isEmpty(), "no empty paragraph: " + text);
          }
        }
      }
    }
  }

  @Test
  void plainShapeIsOneBlockOfSentences() {
    RandomEntropy entropy = RandomEntropy.seeded(5);
    for (int i = 0; i < 200; i++) {
      Narrative text = Narratives.draw(entropy, new Narratives.Shape(80, 0, 1, 0));
      assertEquals(1, text.blocks().size());
      assertTrue(text.blocks().get(0).heading().isEmpty());
      assertTrue(text.text().matches("[\\p{IsHan}。]{1,80}"), text.text());
    }
  }

  @Test
  void zeroLengthIsEmpty() {
    assertTrue(
        Narratives.draw(RandomEntropy.seeded(1), new Narratives.Shape(0, 100, 3, 50))
            .blocks()
            .isEmpty());
  }
}
