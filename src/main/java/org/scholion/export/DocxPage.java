package org.scholion.export;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

/**
 * A4 pages with 2 cm margins: the excerpts in portrait, the codebook table in landscape (its seven
 * columns are unreadable on a portrait page). Word ends a section with the section properties of
 * its last paragraph; the body's own properties are those of the last section.
 */
final class DocxPage {

    private static final int A4_SHORT = 11_906;
    private static final int A4_LONG = 16_838;
    private static final int MARGIN = 1_134;
    /** The width of the text on a landscape page, in twentieths of a point. */
    static final int LANDSCAPE_TEXT_WIDTH = A4_LONG - 2 * MARGIN;

    private DocxPage() {
    }

    /** Ends the portrait section of the excerpts at {@code last}; what follows starts on a new page. */
    static void endPortraitSection(XWPFParagraph last) {
        CTSectPr section = last.getCTP().isSetPPr() ? last.getCTP().getPPr().addNewSectPr()
                : last.getCTP().addNewPPr().addNewSectPr();
        size(section, false);
    }

    static void lastSection(XWPFDocument document, boolean landscape) {
        var body = document.getDocument().getBody();
        size(body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr(), landscape);
    }

    private static void size(CTSectPr section, boolean landscape) {
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(landscape ? A4_LONG : A4_SHORT));
        size.setH(BigInteger.valueOf(landscape ? A4_SHORT : A4_LONG));
        if (landscape) {
            size.setOrient(STPageOrientation.LANDSCAPE);
        }
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        BigInteger margin = BigInteger.valueOf(MARGIN);
        margins.setTop(margin);
        margins.setBottom(margin);
        margins.setLeft(margin);
        margins.setRight(margin);
    }
}
