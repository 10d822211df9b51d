package org.scholion.ui.codebook;

import java.util.List;
import org.scholion.codebook.Code;
import org.scholion.codebook.CodeId;
import org.scholion.codebook.CodePath;

/**
 * One code as the tree shows it: the code, its path, its codings (its own, and with those of its
 * sub-codes), its quick key (0 if none) and its sub-codes.
 */
public record CodeNode(Code code, CodePath path, int codings, int codingsWithSubcodes, int quickKey,
                       List<CodeNode> children) {

    public CodeNode {
        children = List.copyOf(children);
    }

    public CodeId id() {
        return code.id();
    }

    public String name() {
        return code.name();
    }

    /** The count shown beside the name: the code's own codings, and those below it if it has sub-codes. */
    public String countText() {
        return children.isEmpty() || codings == codingsWithSubcodes ? Integer.toString(codings)
                : codings + " (" + codingsWithSubcodes + ")";
    }

    /** The tooltip of the count. */
    public String countTooltip() {
        return plural(codings, "coding") + " with this code, " + plural(codingsWithSubcodes, "coding")
                + " including its sub-codes" + (quickKey > 0 ? "; quick key " + quickKey : "");
    }

    static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
