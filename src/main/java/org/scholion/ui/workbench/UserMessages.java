package org.scholion.ui.workbench;

/** One line for the user out of an exception: its own message, or what kind of failure it was. */
public final class UserMessages {

    private UserMessages() {
    }

    public static String of(Throwable e) {
        Throwable shown = e;
        while ((shown.getMessage() == null || shown.getMessage().isBlank()) && shown.getCause() != null) {
            shown = shown.getCause();
        }
        String message = shown.getMessage();
        if (message == null || message.isBlank()) {
            return "an unexpected " + shown.getClass().getSimpleName() + " (see the log)";
        }
        return message.replaceAll("\\s+", " ").strip();
    }
}
