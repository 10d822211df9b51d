package org.scholion.ui.main;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.scholion.ui.task.TasksViewModel;

/** The bottom line of the window: the last notice, and the long task under way with its progress and cancel button. */
final class StatusBar {

    private final HBox root = new HBox(8);

    StatusBar(TasksViewModel tasks) {
        Label notice = new Label();
        notice.setId("status-notice");
        notice.textProperty().bind(tasks.noticeProperty());
        notice.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(notice, Priority.ALWAYS);

        Label title = new Label();
        title.setId("status-task");
        title.textProperty().bind(tasks.titleProperty());
        Label message = new Label();
        message.textProperty().bind(tasks.messageProperty());
        message.setMaxWidth(260);
        ProgressBar bar = new ProgressBar();
        bar.setId("status-progress");
        bar.progressProperty().bind(tasks.progressProperty());
        bar.setPrefWidth(160);
        Button cancel = new Button("Cancel");
        cancel.setId("status-cancel");
        cancel.setTooltip(new Tooltip("Stop the task; what it finished is kept"));
        cancel.setOnAction(e -> tasks.cancel());
        for (Node node : new Node[] {title, message, bar, cancel}) {
            node.visibleProperty().bind(tasks.busyProperty());
            node.managedProperty().bind(tasks.busyProperty());
        }
        root.getChildren().addAll(notice, title, message, bar, cancel);
        root.setAlignment(Pos.CENTER_LEFT);
        root.setPadding(new Insets(3, 8, 3, 8));
        root.getStyleClass().add("status-bar");
    }

    Node node() {
        return root;
    }
}
