package org.scholion.corpus;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Trims the furniture of a saved web page, line by line (in web text a line is a paragraph).
 *
 * <ul>
 * <li><b>Top:</b> leading short lines that are navigation or accessibility controls ("Text resize:
 *     A A", "Change contrast", "Connect with us", "Skip to content", menus of words separated by
 *     "|") are dropped, up to the first line that is not.</li>
 * <li><b>Cut:</b> a line that announces what follows the article ("Continue Reading", "Related
 *     articles", "You may also like", "Leave a Comment", ...) after the first fifth of the text
 *     (and its first 1,000 characters), where an article's body cannot yet be over, ends
 *     the article: it and everything after it are dropped (teasers of other articles, comment
 *     forms).</li>
 * <li><b>Bottom:</b> the page's last lines are read from the end. A line is <em>boilerplate</em>
 *     when it names cookies, privacy, terms, copyright, donations or newsletters (in English,
 *     Polish, German, French or Russian; a long line must name two such things, so an article's
 *     last paragraph that mentions privacy once survives) or is a teaser ("3 hours ago", an
 *     excerpt ending in "..."); it is a <em>maybe</em> when it is short (60 characters or fewer:
 *     buttons, settings, credits) or has no letters. The run of boilerplate and maybes at the end
 *     is dropped from its first boilerplate line on: maybes above that line are the article's
 *     own short lines and stay.</li>
 * </ul>
 */
final class WebBoilerplate {

    private static final Pattern NAVIGATION = Pattern.compile("(?iu)^(?:text resize.*|change contrast|connect with us"
            + "|skip to (?:main )?content|toggle navigation|main menu|menu|home|search|subscribe|log ?in|sign ?in"
            + "|sign up|register|share(?: this)?|follow us|breadcrumbs?|close|open menu|print|email|facebook|twitter"
            + "|linkedin|whatsapp|.*\\|.*\\|.*)$");
    private static final Pattern CUT = Pattern.compile("(?iu)^(?:continue reading|related articles?|related posts?"
            + "|related stories|related content|read (?:more|next|also)|you may also like|you might also like"
            + "|recommended(?: for you)?|more stories|more from .{1,40}|leave a comment|leave a reply|post a comment"
            + "|comments?|share this(?: article)?:?|most popular|trending)$");
    private static final Pattern MARKER = Pattern.compile("(?iu)cookie|privacy|gdpr|\\brodo\\b|terms of (?:use|service)"
            + "|all rights reserved|copyright|copyryight|©|newsletter|donation|donors|analytics|advertising"
            + "|prywatno|danych osobowych|ciasteczk|datenschutz|impressum|confidentialité|données personnelles"
            + "|конфиденциальн|персональных данных|куки");
    private static final Pattern TEASER = Pattern.compile("(?iu).*(?:\\d+\\s*(?:minutes?|hours?|days?|weeks?)\\s+ago|\\.\\.\\.|…)$");
    private static final int SHORT = 60;
    private static final int LONG = 200;

    private WebBoilerplate() {
    }

    static Edited trim(String text) {
        List<Lines.Line> lines = Lines.of(text);
        int first = 0;
        while (first < lines.size() && (lines.get(first).blank() || isNavigation(lines.get(first).trimmed()))) {
            first++;
        }
        int end = lines.size(); // exclusive
        for (int i = first; i < lines.size(); i++) {
            if (lines.get(i).start() >= Math.max(1000, text.length() / 5) && CUT.matcher(lines.get(i).trimmed()).matches()) {
                end = i;
                break;
            }
        }
        int runStart = end;
        int firstStrong = end;
        while (runStart > first && (lines.get(runStart - 1).blank() || trailingKind(lines.get(runStart - 1).trimmed()) != Kind.TEXT)) {
            runStart--;
            if (!lines.get(runStart).blank() && trailingKind(lines.get(runStart).trimmed()) == Kind.BOILERPLATE) {
                firstStrong = runStart;
            }
        }
        if (firstStrong < end) {
            end = firstStrong;
        }
        int keepStart = first < lines.size() ? lines.get(first).start() : text.length();
        int keepEnd = end > first ? lines.get(end - 1).end() : keepStart;
        return new Edited.Builder(text).delete(0, keepStart).delete(keepEnd, text.length()).build();
    }

    static boolean isNavigation(String trimmed) {
        return trimmed.length() <= SHORT && NAVIGATION.matcher(trimmed).matches();
    }

    /** How a line at the end of a page reads: article text, a maybe (short, no letters), or boilerplate. */
    enum Kind { TEXT, MAYBE, BOILERPLATE }

    static Kind trailingKind(String trimmed) {
        if (TEASER.matcher(trimmed).matches()) {
            return Kind.BOILERPLATE;
        }
        Matcher markers = MARKER.matcher(trimmed);
        int found = 0;
        while (markers.find()) {
            found++;
        }
        if (trimmed.length() <= LONG ? found >= 1 : found >= 2) {
            return Kind.BOILERPLATE;
        }
        boolean weak = trimmed.codePoints().noneMatch(Character::isLetter) || trimmed.length() <= SHORT;
        return weak ? Kind.MAYBE : Kind.TEXT;
    }

    /** Whether plain text looks saved from a web page: boilerplate at its top or its end. */
    static boolean looksLikeWebText(String text) {
        List<Lines.Line> lines = Lines.of(text).stream().filter(l -> !l.blank()).toList();
        if (lines.isEmpty()) {
            return false;
        }
        for (Lines.Line line : lines.subList(0, Math.min(3, lines.size()))) {
            if (isNavigation(line.trimmed()) || CUT.matcher(line.trimmed()).matches()) {
                return true;
            }
        }
        for (Lines.Line line : lines.subList(Math.max(0, lines.size() - 10), lines.size())) {
            if (CUT.matcher(line.trimmed()).matches() || MARKER.matcher(line.trimmed()).find()) {
                return true;
            }
        }
        return false;
    }
}
