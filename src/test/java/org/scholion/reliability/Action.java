package org.scholion.reliability;

import java.util.Arrays;

/**
 * One action of {@link CrashWorkload} as it prints it: a kind, the id of what it made or changed
 * (0 while a new thing has no id yet), and its fields. Lines are words separated by single spaces,
 * so every field is one word.
 *
 * @param kind code, remove, memo, addcode, rename or import
 * @param id the coding, code or source acted on or made; 0 for one not made yet
 * @param numbers source, start, end and code of a coding; the parent of a new code (0 for none)
 * @param text the memo, the code's name, or the imported file's marker word
 */
record Action(String kind, long id, long[] numbers, String text) {

    static Action code(long source, int start, int end, long code) {
        return new Action("code", 0, new long[] {source, start, end, code}, "-");
    }

    static Action remove(long coding) {
        return new Action("remove", coding, new long[0], "-");
    }

    static Action memo(long coding, String memo) {
        return new Action("memo", coding, new long[0], memo);
    }

    static Action addCode(long parent, String name) {
        return new Action("addcode", 0, new long[] {parent}, name);
    }

    static Action rename(long code, String name) {
        return new Action("rename", code, new long[0], name);
    }

    static Action importing(String marker) {
        return new Action("import", 0, new long[0], marker);
    }

    Action withId(long newId) {
        return new Action(kind, newId, numbers, text);
    }

    /** Whether the action makes a new coding, code or source, whose id is known only once it is done. */
    boolean makesSomething() {
        return kind.equals("code") || kind.equals("addcode") || kind.equals("import");
    }

    String line() {
        StringBuilder line = new StringBuilder(kind).append(' ').append(id).append(' ').append(text);
        for (long number : numbers) {
            line.append(' ').append(number);
        }
        return line.toString();
    }

    static Action parse(String line) {
        String[] words = line.split(" ");
        long[] numbers = Arrays.stream(words, 3, words.length).mapToLong(Long::parseLong).toArray();
        return new Action(words[0], Long.parseLong(words[1]), numbers, words[2]);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Action that && kind.equals(that.kind) && id == that.id
                && Arrays.equals(numbers, that.numbers) && text.equals(that.text);
    }

    @Override
    public int hashCode() {
        return 31 * line().hashCode();
    }

    @Override
    public String toString() {
        return line();
    }
}
