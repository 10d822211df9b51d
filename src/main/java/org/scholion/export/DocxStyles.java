package org.scholion.export;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STVerticalAlignRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * The styles an exported document uses, defined in the document itself. The headings carry the
 * built-in names ("heading 1") and outline levels Word and LibreOffice know, so a table of contents
 * and the navigator work; the excerpts have their own "Excerpt" quote style, so a user restyles
 * every quote of a chapter at once.
 */
final class DocxStyles {

    static final String TITLE = "Title";
    static final String EXCERPT = "Excerpt";
    static final String MEMO = "ExcerptMemo";
    static final String LABEL = "ExcerptLabel";
    static final String CITATION = "ExcerptCitation";
    static final String CONTEXT = "ExcerptContext";
    static final String FOOTNOTE_TEXT = "FootnoteText";
    static final String FOOTNOTE_REFERENCE = "FootnoteReference";
    static final String TABLE_HEADER = "CodebookHeader";
    static final int HEADING_LEVELS = 6;
    private static final String FONT = "Times New Roman";
    private static final String GREY = "808080";

    private DocxStyles() {
    }

    static String heading(int level) {
        return "Heading" + Math.min(Math.max(level, 1), HEADING_LEVELS);
    }

    static void define(XWPFDocument document) {
        XWPFStyles styles = document.createStyles();
        CTStyle normal = paragraph("Normal", "Normal", null, 22);
        fonts(normal.getRPr().addNewRFonts());
        normal.getPPr().addNewSpacing().setAfter(BigInteger.valueOf(120));
        add(styles, normal);

        CTStyle title = paragraph(TITLE, "Title", "Normal", 40);
        title.getRPr().addNewB();
        title.getPPr().addNewSpacing().setAfter(BigInteger.valueOf(240));
        add(styles, title);
        for (int level = 1; level <= HEADING_LEVELS; level++) {
            CTStyle heading = paragraph(heading(level), "heading " + level, "Normal", Math.max(22, 34 - 4 * level));
            heading.getRPr().addNewB();
            heading.getPPr().addNewKeepNext();
            heading.getPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1));
            heading.getPPr().addNewSpacing().setBefore(BigInteger.valueOf(level == 1 ? 360 : 240));
            add(styles, heading);
        }
        CTStyle excerpt = paragraph(EXCERPT, "Excerpt", "Normal", 22);
        excerpt.getPPr().addNewInd().setLeft(BigInteger.valueOf(720));
        excerpt.getPPr().getInd().setRight(BigInteger.valueOf(720));
        excerpt.getPPr().addNewSpacing().setAfter(BigInteger.valueOf(60));
        add(styles, excerpt);
        CTStyle memo = paragraph(MEMO, "Excerpt memo", EXCERPT, 20);
        memo.getRPr().addNewI();
        memo.getPPr().addNewSpacing().setAfter(BigInteger.valueOf(200));
        add(styles, memo);
        CTStyle label = paragraph(LABEL, "Excerpt code", "Normal", 18);
        label.getRPr().addNewColor().setVal(GREY);
        label.getPPr().addNewKeepNext();
        add(styles, label);
        add(styles, paragraph(FOOTNOTE_TEXT, "footnote text", "Normal", 18));

        add(styles, character(CITATION, "Excerpt citation"));
        CTStyle context = character(CONTEXT, "Excerpt context");
        context.getRPr().addNewColor().setVal(GREY);
        add(styles, context);
        CTStyle reference = character(FOOTNOTE_REFERENCE, "footnote reference");
        reference.getRPr().addNewVertAlign().setVal(STVerticalAlignRun.SUPERSCRIPT);
        add(styles, reference);
        CTStyle header = character(TABLE_HEADER, "Codebook header");
        header.getRPr().addNewB();
        add(styles, header);
    }

    private static CTStyle paragraph(String id, String name, String basedOn, int halfPoints) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(name);
        if (basedOn != null) {
            style.addNewBasedOn().setVal(basedOn);
        }
        style.addNewQFormat();
        style.addNewPPr();
        style.addNewRPr().addNewSz().setVal(BigInteger.valueOf(halfPoints));
        return style;
    }

    private static CTStyle character(String id, String name) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.CHARACTER);
        style.addNewName().setVal(name);
        style.addNewRPr();
        return style;
    }

    /** Adds a finished style: the document keeps a copy of the XML, so later changes would be lost. */
    private static void add(XWPFStyles styles, CTStyle style) {
        styles.addStyle(new XWPFStyle(style, styles));
    }

    private static void fonts(CTFonts fonts) {
        fonts.setAscii(FONT);
        fonts.setHAnsi(FONT);
        fonts.setCs(FONT);
        fonts.setEastAsia(FONT);
    }
}
