package org.scholion.ui.codebook;

import org.scholion.codebook.CodeId;
import org.scholion.codebook.CodePath;

/** What the user must decide before a coded code is deleted: how many codings it would take along. */
public record DeleteQuestion(CodeId code, CodePath path, int subcodes, int codings) {

    public String text() {
        String subject = "'" + path + "'" + (subcodes == 0 ? "" : " and its " + CodeNode.plural(subcodes, "sub-code"));
        String users = codings == 1 ? "1 coding uses " : codings + " codings use ";
        return users + subject + ". Delete " + (codings == 1 ? "that coding" : "those " + codings + " codings")
                + " too, or reassign " + (codings == 1 ? "it" : "them") + " to another code?";
    }
}
