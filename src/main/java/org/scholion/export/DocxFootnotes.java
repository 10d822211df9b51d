package org.scholion.export;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFFootnotes;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFtnEdn;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFtnEdn;

/**
 * The footnotes of one document, numbered here. POI's own {@code createFootnote()} looks through
 * every footnote for a free id each time, which made 10,000 footnoted excerpts take over 5 s; the
 * writer adds notes only in order, so a counter gives the same ids (1, 2, ...) in constant time.
 */
final class DocxFootnotes {

    private final XWPFFootnotes footnotes;
    private long lastId;

    DocxFootnotes(XWPFDocument document) {
        this.footnotes = document.createFootnotes();
    }

    XWPFFootnote next() {
        CTFtnEdn note = CTFtnEdn.Factory.newInstance();
        note.setType(STFtnEdn.NORMAL);
        note.setId(BigInteger.valueOf(++lastId));
        return footnotes.addFootnote(note);
    }
}
