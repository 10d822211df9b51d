package org.scholion.project;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.scholion.codebook.CodeId;
import org.scholion.coding.Anchor;
import org.scholion.coding.Coder;
import org.scholion.coding.Coding;
import org.scholion.coding.CodingFilter;
import org.scholion.coding.SettingValue;
import org.scholion.corpus.CancellationSignal;
import org.scholion.source.Source;
import org.scholion.source.SourceId;
import org.scholion.source.Span;
import org.scholion.source.TextOffsets;
import org.scholion.store.ProjectStore;

/**
 * Writes what a merge read into the project as one action: each source of the other side is found
 * here by its text (the SHA-256 of the text as stored), each code by GUID, then by path, else
 * created, and each coding on a found source added under the coder's name, unless that coder has
 * it already. The action's log entry names the merge (undo takes it all away) and the project keeps
 * a line about its last merge in a setting, which undo forgets again.
 */
final class MergeWriter {

    /** The setting that holds a line about the last merge. */
    static final String LAST_MERGE = "merge.last";
    /** How many codings are written between two looks at the cancel signal. */
    private static final int CANCEL_CHECK = 256;

    private record Key(SourceId source, Span span, CodeId code) {
    }

    private final ProjectStore store;
    private final IndexUpdates index;

    MergeWriter(ProjectStore store, IndexUpdates index) {
        this.store = store;
        this.index = index;
    }

    /** @param cancel asked now and then; when it is signalled the whole write is rolled back */
    MergeReport write(MergeInput input, String coderName, CancellationSignal cancel) {
        return store.write(coderName, () -> {
            Map<String, Source> byText = new HashMap<>();
            for (Source source : store.sources().list()) {
                byText.putIfAbsent(source.textSha256(), source);
            }
            Set<Key> present = new HashSet<>();
            for (Coding coding : store.codings().list(new CodingFilter(Set.of(), Set.of(), coderName))) {
                present.add(new Key(coding.source(), coding.span(), coding.code()));
            }
            MergeCodes codes = new MergeCodes(store, index);
            Coder coder = null;
            List<String> matched = new ArrayList<>();
            List<MergeReport.Unmatched> unmatched = new ArrayList<>();
            Set<String> matchedCodes = new LinkedHashSet<>();
            int merged = 0;
            int duplicates = 0;
            for (MergeInput.Source theirs : input.sources()) {
                Source here = theirs.text() == null ? null : byText.get(sha256(theirs.text()));
                if (here == null) {
                    unmatched.add(new MergeReport.Unmatched(theirs.title(), theirs.codings().size(),
                            theirs.why() != null ? theirs.why() : "no source here has the same text"));
                    continue;
                }
                matched.add(here.title().equals(theirs.title()) ? theirs.title()
                        : theirs.title() + " (here '" + here.title() + "')");
                TextOffsets text = null;
                for (MergeInput.Coding coding : theirs.codings()) {
                    if ((merged + duplicates) % CANCEL_CHECK == 0 && cancel.isCancelled()) {
                        throw new CodingMergeException("the merge of " + input.file() + " was cancelled; nothing was changed");
                    }
                    CodeId code = codes.resolve(coding.code());
                    if (!codes.created(code)) {
                        matchedCodes.add(codes.path(code));
                    }
                    if (!present.add(new Key(here.id(), coding.span(), code))) {
                        duplicates++;
                        continue;
                    }
                    if (coder == null) {
                        coder = store.coders().ensure(coderName, store.now());
                    }
                    if (text == null) {
                        text = TextOffsets.of(store.sources().text(here.id()));
                    }
                    Coding made = store.codings().insert(here.id(), coding.span(), code, coder, coding.memo(),
                            Anchor.in(text, coding.span()), coding.created() != null ? coding.created() : store.now());
                    store.log().added(made);
                    index.codingAt(here.id(), coding.span());
                    merged++;
                }
            }
            MergeReport report = new MergeReport(input.file(), coderName, matched, unmatched, List.copyOf(matchedCodes),
                    codes.createdPaths(), merged, duplicates, input.counting(), input.notes(), input.coders(), null);
            if (merged > 0 || !codes.createdPaths().isEmpty()) {
                String line = "merged " + MergeReport.count(merged, "coding") + " from '" + input.file() + "' as coder '"
                        + coderName + "'";
                SettingValue before = new SettingValue(LAST_MERGE, store.setting(LAST_MERGE, null));
                SettingValue after = new SettingValue(LAST_MERGE, store.now() + " " + line);
                store.setSetting(LAST_MERGE, after.value());
                store.log().settingChanged(before, after);
                store.log().codebook(line);
            }
            return report;
        });
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
