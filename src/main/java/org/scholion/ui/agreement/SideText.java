package org.scholion.ui.agreement;

/** One coder's side of the selected place, as the window shows it: who, and what they marked there. */
public record SideText(String coder, boolean applied, String text) {
}
