package org.disclosurereport.testkit.internal;

import java.util.List;
import org.disclosurereport.model.Narrative;
import org.disclosurereport.testkit.Entropy;

/**
 * Draws the free text of the text sections from a small vocabulary of its own: sentences such as
 * {@code 本机关进一步规范依申请公开办理流程。}. The text means nothing in particular; it has the
 * length and the characters of real text.
 */
public final class Narratives {
  private static final List<String> SUBJECTS = List.of("本机关", "我单位", "我们");
  private static final List<String> ADVERBS = List.of("", "进一步", "持续", "认真");
  private static final List<String> VERBS = List.of("规范", "完善", "加强", "推进", "落实", "优化");
  private static final List<String> OBJECTS =
      List.of(
          "依申请公开办理流程",
          "主动公开目录",
          "政府网站信息发布",
          "政务新媒体管理",
          "信息发布保密审查",
          "公开工作培训",
          "公开平台建设",
          "公开工作考核");

  private Narratives() {}

  /**
   * Draws a text of at most {@code maxLength} characters: empty for 0, otherwise at least one
   * sentence (cut to the length when one sentence is already longer).
   *
   * @param entropy the source of choices
   * @param maxLength the largest length in characters
   * @return the text
   */
  public static Narrative draw(Entropy entropy, int maxLength) {
    if (maxLength == 0) {
      return Narrative.empty();
    }
    int target = entropy.intBetween(1, maxLength);
    StringBuilder text = new StringBuilder();
    do {
      text.append(sentence(entropy));
    } while (text.length() < target);
    String body = text.length() > maxLength ? text.substring(0, maxLength) : text.toString();
    return Narrative.of(body);
  }

  private static String sentence(Entropy entropy) {
    return entropy.pick(SUBJECTS)
        + entropy.pick(ADVERBS)
        + entropy.pick(VERBS)
        + entropy.pick(OBJECTS)
        + "。";
  }
}
