package demarc.queries.rulebook;

import java.util.List;

/**
 * One rule of a regime and the law it rests on.
 *
 * @param id      qualified with its regime, e.g. {@code jp-2024/item-2-3}
 * @param article the Japanese article(s)
 * @param gist    what the rule says, in English
 * @param sources source keys of {@code shared/reference/regulation.md} §0
 */
public record Rule(String id, String article, String gist, List<String> sources) {

    /** The citation a decision carries: article, gist and sources on one line. */
    public String citation() {
        return article + " — " + gist + " [" + String.join(", ", sources) + "]";
    }
}
