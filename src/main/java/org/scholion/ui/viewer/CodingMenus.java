package org.scholion.ui.viewer;

import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputDialog;
import org.scholion.codebook.CodeId;

/** The viewer's context menus: codes to code a selection with, and what can be done to a coding. */
final class CodingMenus {

    private CodingMenus() {
    }

    /** Every code, indented by depth, with its quick key; disabled while nothing is selected. */
    static List<MenuItem> codeItems(List<CodeChoice> choices, boolean enabled, Consumer<CodeId> chosen) {
        return choices.stream().map(choice -> {
            MenuItem item = new MenuItem("   ".repeat(choice.depth()) + choice.label(), QuickCodeBox.swatch(choice));
            item.setMnemonicParsing(false);
            item.setId("code-with-" + choice.id().value());
            item.setDisable(!enabled);
            item.setOnAction(e -> chosen.accept(choice.id()));
            return item;
        }).map(MenuItem.class::cast).toList();
    }

    /** The menu of one coding's bracket: remove it, change its code, write its memo. */
    static ContextMenu forCoding(DocumentViewModel model, ShownCoding coding) {
        MenuItem remove = new MenuItem("Remove coding");
        remove.setId("coding-remove");
        remove.setOnAction(e -> model.remove(coding.id()));
        Menu recode = new Menu("Change code to");
        recode.setId("coding-recode");
        recode.getItems().setAll(codeItems(model.codeChoices(), true, code -> model.recode(coding.id(), code)));
        MenuItem memo = new MenuItem("Memo...");
        memo.setId("coding-memo");
        memo.setOnAction(e -> {
            TextInputDialog dialog = new TextInputDialog(coding.coding().memo());
            dialog.setTitle("Memo");
            dialog.setHeaderText("Memo on this coding of '" + coding.codePath() + "'");
            dialog.showAndWait().ifPresent(text -> model.setMemo(coding.id(), text.strip()));
        });
        MenuItem select = new MenuItem("Show in inspector");
        select.setOnAction(e -> model.selectCoding(coding.id()));
        return new ContextMenu(select, new SeparatorMenuItem(), recode, memo, new SeparatorMenuItem(), remove);
    }
}
