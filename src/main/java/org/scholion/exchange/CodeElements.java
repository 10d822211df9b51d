package org.scholion.exchange;

import java.util.ArrayList;
import java.util.List;

/** Reads Code trees and Sets, which projects (QDPX) and codebooks (QDC) write alike. */
final class CodeElements {

    private final Fields fields;
    private final XmlCursor cursor;

    CodeElements(Fields fields) {
        this.fields = fields;
        this.cursor = fields.cursor();
    }

    /** A Code and its sub-codes; the cursor is on its start tag. Nesting is bounded by the cursor's depth limit. */
    QdaCode code() throws ExchangeException {
        String who = fields.who("Code");
        Guid guid = fields.guid(who);
        String name = fields.attr("name");
        if (name == null || name.isBlank()) {
            fields.warnings().add(who, "a code without a name; named by its GUID");
            name = guid.value();
        }
        boolean codable = fields.codable(who);
        String colour = fields.colour(who);
        StringBuilder description = new StringBuilder();
        List<Guid> noteRefs = new ArrayList<>();
        List<QdaCode> children = new ArrayList<>();
        cursor.children(child -> {
            switch (child) {
                case "Description" -> description.append(cursor.text());
                case "NoteRef" -> fields.ref(who, child, "targetGUID").ifPresent(noteRefs::add);
                case "Code" -> children.add(code());
                default -> fields.unknown(child, "Code");
            }
        });
        return new QdaCode(guid, name, codable, colour, description.toString(), noteRefs, children);
    }

    /** A Set; members by targetGUID (QDPX) or guid (QDC), whichever is written, in either file. */
    QdaSet set() throws ExchangeException {
        String who = fields.who("Set");
        Guid guid = fields.guid(who);
        String name = fields.attr("name");
        StringBuilder description = new StringBuilder();
        List<Guid> codes = new ArrayList<>();
        List<Guid> sources = new ArrayList<>();
        List<Guid> notes = new ArrayList<>();
        cursor.children(child -> {
            switch (child) {
                case "Description" -> description.append(cursor.text());
                case "MemberCode" -> fields.ref(who, child, "targetGUID", "guid").ifPresent(codes::add);
                case "MemberSource" -> fields.ref(who, child, "targetGUID", "guid").ifPresent(sources::add);
                case "MemberNote" -> fields.ref(who, child, "targetGUID", "guid").ifPresent(notes::add);
                default -> fields.unknown(child, "Set");
            }
        });
        return new QdaSet(guid, name == null ? "" : name, description.toString(), codes, sources, notes);
    }

    /** The Code elements under a Codes element. */
    List<QdaCode> codes() throws ExchangeException {
        List<QdaCode> codes = new ArrayList<>();
        cursor.children(child -> {
            if (child.equals("Code")) {
                codes.add(code());
            } else {
                fields.unknown(child, "Codes");
            }
        });
        return codes;
    }

    /** The Set elements under a Sets element. */
    List<QdaSet> sets() throws ExchangeException {
        List<QdaSet> sets = new ArrayList<>();
        cursor.children(child -> {
            if (child.equals("Set")) {
                sets.add(set());
            } else {
                fields.unknown(child, "Sets");
            }
        });
        return sets;
    }
}
