package org.scholion.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine;

/** An option's value read as one of a fixed set of words (an enum's constants in lower case). */
final class Choices {

    private Choices() {
    }

    /**
     * The constant named by {@code value}, in any case; otherwise bad usage (exit 2), said in one
     * line that lists the words allowed, as for any other malformed option value.
     */
    static <E extends Enum<E>> E parse(CommandLine.Model.CommandSpec spec, String option, String value, Class<E> type) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(value.strip())) {
                return constant;
            }
        }
        throw new CommandLine.ParameterException(spec.commandLine(), "Invalid value for option '" + option + "': '"
                + value + "' is not one of " + Arrays.stream(type.getEnumConstants())
                .map(c -> c.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")));
    }
}
