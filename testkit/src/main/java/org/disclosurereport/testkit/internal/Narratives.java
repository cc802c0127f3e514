package org.disclosurereport.testkit.internal;

import java.util.ArrayList;
import java.util.List;
import org.disclosurereport.model.Narrative;
import org.disclosurereport.model.TextBlock;
import org.disclosurereport.testkit.Entropy;

/**
 * Draws the free text of the text sections from a small vocabulary of its own: sentences such as
 * {@code 本机关进一步规范依申请公开办理流程。}, sub-headings such as {@code （二）依申请公开}. The text means nothing in
 * particular; it has the length, the structure and the characters of real text.
 *
 * <p>Draws nothing for a choice that the shape leaves with one outcome, so that the default shape
 * (one block, one paragraph, no special characters) makes the same choices as before shapes
 * existed.
 */
public final class Narratives {
  private static final List<String> SUBJECTS = List.of("本机关", "我单位", "我们");
  private static final List<String> ADVERBS = List.of("", "进一步", "持续", "认真");
  private static final List<String> VERBS = List.of("规范", "完善", "加强", "推进", "落实", "优化");
  private static final List<String> OBJECTS =
      List.of(
          "依申请公开办理流程", "主动公开目录", "政府网站信息发布", "政务新媒体管理", "信息发布保密审查", "公开工作培训", "公开平台建设", "公开工作考核");

  /** What sub-headings are about, as reports word them. */
  private static final List<String> TOPICS =
      List.of("主动公开", "依申请公开", "政府信息管理", "平台建设", "监督保障", "存在的主要问题", "改进措施");

  /** The ordinals of sub-headings, {@code （一）} to {@code （三）}. */
  private static final List<String> ORDINALS = List.of("一", "二", "三");

  /** Text that JSON, XML or HTML must escape, or that white-space handling may lose. */
  private static final List<String> SPECIAL =
      List.of("<", ">", "&", "&amp;", "\"", "'", "\\", "]]>", "<!--", "\t", "\r", " ");

  private Narratives() {}

  /**
   * The shape of the text of a section.
   *
   * @param maxLength the largest length of the bodies together, in characters
   * @param headingPercent how often the section has sub-headings, in percent
   * @param maxParagraphs the most paragraphs of a block
   * @param specialPercent how often a sentence is followed by special characters, in percent
   */
  public record Shape(int maxLength, int headingPercent, int maxParagraphs, int specialPercent) {}

  /**
   * Draws a text of a shape: empty when its length is 0; otherwise one block without heading, or
   * with the shape's probability one to three blocks headed {@code （一）}, {@code （二）}, {@code （三）},
   * after an opening block without heading half of the time. Each block has one or more paragraphs
   * separated by {@code \n}, each of at least one sentence (cut to its share of the length when one
   * sentence is already longer).
   *
   * @param entropy the source of choices
   * @param shape the shape
   * @return the text
   */
  public static Narrative draw(Entropy entropy, Shape shape) {
    int length = shape.maxLength();
    if (length == 0) {
      return Narrative.empty();
    }
    if (!entropy.chance(shape.headingPercent())) {
      return Narrative.of(body(entropy, length, shape));
    }
    boolean opening = length > 1 && entropy.chance(50);
    int maxHeaded = Math.min(ORDINALS.size(), length - (opening ? 1 : 0));
    int headed = maxHeaded == 1 ? 1 : entropy.intBetween(1, maxHeaded);
    int share = length / (headed + (opening ? 1 : 0));
    List<TextBlock> blocks = new ArrayList<>();
    if (opening) {
      blocks.add(TextBlock.of(null, body(entropy, share, shape)));
    }
    for (int i = 0; i < headed; i++) {
      String heading = "（" + ORDINALS.get(i) + "）" + entropy.pick(TOPICS);
      blocks.add(TextBlock.of(heading, body(entropy, share, shape)));
    }
    return Narrative.builder().addAllBlocks(blocks).build();
  }

  /** One or more paragraphs, together at most {@code maxLength} characters. */
  private static String body(Entropy entropy, int maxLength, Shape shape) {
    int most = Math.min(shape.maxParagraphs(), (maxLength + 1) / 2);
    int paragraphs = most <= 1 ? 1 : entropy.intBetween(1, most);
    int share = (maxLength - (paragraphs - 1)) / paragraphs;
    List<String> out = new ArrayList<>(paragraphs);
    for (int i = 0; i < paragraphs; i++) {
      out.add(paragraph(entropy, share, shape.specialPercent()));
    }
    return String.join("\n", out);
  }

  private static String paragraph(Entropy entropy, int maxLength, int specialPercent) {
    int target = entropy.intBetween(1, maxLength);
    StringBuilder text = new StringBuilder();
    do {
      text.append(sentence(entropy));
      if (entropy.chance(specialPercent)) {
        text.append(entropy.pick(SPECIAL));
      }
    } while (text.length() < target);
    return text.length() > maxLength ? text.substring(0, maxLength) : text.toString();
  }

  private static String sentence(Entropy entropy) {
    return entropy.pick(SUBJECTS)
        + entropy.pick(ADVERBS)
        + entropy.pick(VERBS)
        + entropy.pick(OBJECTS)
        + "。";
  }
}
