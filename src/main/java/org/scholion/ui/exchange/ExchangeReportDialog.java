package org.scholion.ui.exchange;

import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextArea;
import javafx.stage.Window;

/**
 * An import's or a merge's report: what arrived, and every item left out or changed, in a read-only text the
 * user can select and copy. Ids: {@code exchange-report} (the text area).
 */
public final class ExchangeReportDialog {

    private final Dialog<ButtonType> dialog = new Dialog<>();

    public ExchangeReportDialog(ExchangeReport report, Window owner) {
        dialog.initOwner(owner);
        dialog.setTitle("Import report");
        dialog.setHeaderText(report.title());
        TextArea text = new TextArea(report.text());
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefColumnCount(80);
        text.setPrefRowCount(Math.min(24, Math.max(6, report.lines().size() + 1)));
        text.setId("exchange-report");
        dialog.getDialogPane().setContent(text);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.setResizable(true);
    }

    /** Shows the report without holding up the window (the project opened behind it is already usable). */
    public void show() {
        dialog.show();
    }
}
