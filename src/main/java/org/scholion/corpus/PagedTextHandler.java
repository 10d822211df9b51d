package org.scholion.corpus;

import java.util.Arrays;
import java.util.Set;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Collects the text of Tika's XHTML events, with a blank line after each block (so paragraphs of
 * every format arrive as paragraphs) and the position where each {@code <div class="page">} (one
 * per PDF page) starts. Stops the parse, by throwing, when the text outgrows its limit, the
 * elements nest too deeply, or the extraction is cancelled or abandoned.
 */
final class PagedTextHandler extends DefaultHandler {

    /** Why the handler stopped a parse. */
    static final class Stop extends SAXException {
        enum Why { TOO_LONG, TOO_DEEP, CANCELLED }

        final Why why;

        Stop(Why why) {
            super(why.name());
            this.why = why;
        }
    }

    static final int MAX_DEPTH = 1_000;
    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
            "blockquote", "pre", "table", "tr", "dt", "dd", "section", "article", "header", "footer", "body");

    private final StringBuilder text = new StringBuilder();
    private final long maxCharacters;
    private final CancellationSignal cancel;
    private int[] pageStarts = new int[8];
    private int pages;
    private int depth;
    private int skipDepth; // > 0 inside <head>, <script>, <style>

    PagedTextHandler(long maxCharacters, CancellationSignal cancel) {
        this.maxCharacters = maxCharacters;
        this.cancel = cancel;
    }

    String text() {
        return text.toString();
    }

    /** UTF-16 indices into {@link #text()} where pages start. */
    int[] pageStarts() {
        return Arrays.copyOf(pageStarts, pages);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
        if (++depth > MAX_DEPTH) {
            throw new Stop(Stop.Why.TOO_DEEP);
        }
        checkCancelled();
        String name = localName.isEmpty() ? qName : localName;
        if (skipDepth > 0 || name.equals("head") || name.equals("script") || name.equals("style")) {
            skipDepth++;
            return;
        }
        if (name.equals("div") && "page".equals(attributes.getValue("class"))) {
            breakLines(2);
            if (pages == pageStarts.length) {
                pageStarts = Arrays.copyOf(pageStarts, pages * 2);
            }
            pageStarts[pages++] = text.length();
        } else if (BLOCKS.contains(name)) {
            breakLines(2);
        } else if (name.equals("br")) {
            append("\n");
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        depth--;
        String name = localName.isEmpty() ? qName : localName;
        if (skipDepth > 0) {
            skipDepth--;
            return;
        }
        if (BLOCKS.contains(name)) {
            breakLines(2);
        } else if (name.equals("td") || name.equals("th")) {
            append("\t");
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (skipDepth == 0) {
            checkCancelled();
            if (text.length() + (long) length > maxCharacters) {
                throw new Stop(Stop.Why.TOO_LONG);
            }
            text.append(ch, start, length);
        }
    }

    /**
     * Tika reports line breaks as ignorable whitespace (PDF lines, HTML's {@code <br>} and the
     * ends of elements it does not pass on, such as {@code <div>}): they are kept, other blanks are not.
     */
    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        for (int i = start; i < start + length; i++) {
            if (ch[i] == '\n') {
                append("\n");
            }
        }
    }

    private void append(String s) throws SAXException {
        characters(s.toCharArray(), 0, s.length());
    }

    /** Ends the current line and adds blank lines until there are {@code count} newlines. */
    private void breakLines(int count) throws SAXException {
        if (text.isEmpty()) {
            return;
        }
        int trailing = 0;
        while (trailing < count && trailing < text.length() && text.charAt(text.length() - 1 - trailing) == '\n') {
            trailing++;
        }
        append("\n".repeat(count - trailing));
    }

    private void checkCancelled() throws Stop {
        if (cancel.isCancelled() || Thread.currentThread().isInterrupted()) {
            throw new Stop(Stop.Why.CANCELLED);
        }
    }
}
