/**
 * The JavaFX workbench, in MVVM: each view (a {@code *View}, JavaFX nodes built in code) has a view
 * model (a {@code *ViewModel}) that holds its state in JavaFX properties and calls the project
 * services. View models never touch {@code javafx.scene}, so they are tested without a window; all
 * work on a project runs off the JavaFX thread through {@link org.scholion.ui.task.TaskRunner}.
 */
package org.scholion.ui;
