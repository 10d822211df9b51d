package org.scholion.ui.workbench;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * What the workbench remembers between runs, per user: the coder's name, the theme, the last and
 * recent projects, the last source of each project, the window's place and its dividers. Kept in
 * {@code workbench.properties} in Scholion's data folder, written (to a temporary file, then moved
 * over) on every change, so a crash keeps the latest state. A file that cannot be read counts as
 * empty: losing a window size must never stop the workbench from starting.
 */
public final class WorkbenchSettings {

    static final String FILE = "workbench.properties";
    private static final int RECENT = 8;

    private final Path file;
    private final Properties values = new Properties();
    private String problem;

    private WorkbenchSettings(Path file) {
        this.file = file;
    }

    public static WorkbenchSettings in(Path dataFolder) {
        WorkbenchSettings settings = new WorkbenchSettings(dataFolder.resolve(FILE));
        if (Files.isRegularFile(settings.file)) {
            try (Reader in = Files.newBufferedReader(settings.file, StandardCharsets.UTF_8)) {
                settings.values.load(in);
            } catch (IOException | IllegalArgumentException e) {
                settings.values.clear();
            }
        }
        return settings;
    }

    public Optional<String> coder() {
        return get("coder");
    }

    public void setCoder(String name) {
        put("coder", name);
    }

    public boolean darkTheme() {
        return get("theme").map("dark"::equals).orElse(false);
    }

    public void setDarkTheme(boolean dark) {
        put("theme", dark ? "dark" : "light");
    }

    public Optional<Path> lastProject() {
        return get("project.last").map(Path::of);
    }

    /** Most recent first, without duplicates, at most eight. */
    public List<Path> recentProjects() {
        List<Path> recent = new ArrayList<>();
        for (int i = 0; i < RECENT; i++) {
            get("project.recent." + i).map(Path::of).ifPresent(recent::add);
        }
        return recent;
    }

    /** Remembers a project as the last one opened and puts it first among the recent ones. */
    public void opened(Path project) {
        Path normal = project.toAbsolutePath().normalize();
        List<Path> recent = new ArrayList<>(recentProjects());
        recent.remove(normal);
        recent.addFirst(normal);
        for (int i = 0; i < RECENT; i++) {
            values.remove("project.recent." + i);
        }
        for (int i = 0; i < Math.min(RECENT, recent.size()); i++) {
            values.setProperty("project.recent." + i, recent.get(i).toString());
        }
        put("project.last", normal.toString());
    }

    /** The source last shown in a project, by id. */
    public Optional<Long> lastSource(Path project) {
        return get("source.last." + key(project)).flatMap(WorkbenchSettings::parseLong);
    }

    public void setLastSource(Path project, long source) {
        put("source.last." + key(project), Long.toString(source));
    }

    public Optional<WindowPlace> window() {
        Optional<double[]> bounds = get("window.bounds").flatMap(WorkbenchSettings::numbers).filter(n -> n.length == 4);
        return bounds.map(b -> new WindowPlace(b[0], b[1], b[2], b[3], get("window.maximized").map(Boolean::parseBoolean).orElse(false)));
    }

    public void setWindow(WindowPlace place) {
        values.setProperty("window.maximized", Boolean.toString(place.maximized()));
        put("window.bounds", place.x() + "," + place.y() + "," + place.width() + "," + place.height());
    }

    /** Divider positions of a split pane, by name. */
    public Optional<double[]> dividers(String pane) {
        return get("dividers." + pane).flatMap(WorkbenchSettings::numbers);
    }

    public void setDividers(String pane, double[] positions) {
        StringBuilder text = new StringBuilder();
        for (double p : positions) {
            text.append(text.isEmpty() ? "" : ",").append(p);
        }
        put("dividers." + pane, text.toString());
    }

    /** Where a window was and how large. */
    public record WindowPlace(double x, double y, double width, double height, boolean maximized) {
    }

    private Optional<String> get(String key) {
        return Optional.ofNullable(values.getProperty(key)).filter(v -> !v.isBlank());
    }

    private void put(String key, String value) {
        if (value == null) {
            values.remove(key);
        } else {
            values.setProperty(key, value);
        }
        save();
    }

    private void save() {
        try {
            Files.createDirectories(file.getParent());
            Path temporary = file.resolveSibling(FILE + ".tmp");
            try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                values.store(out, "Scholion workbench settings");
            }
            try {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            // A read-only home folder costs the remembered layout, nothing else.
            problem = "the workbench settings could not be saved in " + file + " (" + e.getMessage() + ")";
        }
    }

    /** Why the settings could not be saved, if they could not. */
    public Optional<String> problem() {
        return Optional.ofNullable(problem);
    }

    private static String key(Path project) {
        return Integer.toHexString(project.toAbsolutePath().normalize().toString().hashCode());
    }

    private static Optional<Long> parseLong(String text) {
        try {
            return Optional.of(Long.parseLong(text.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<double[]> numbers(String text) {
        try {
            String[] parts = text.split(",");
            double[] numbers = new double[parts.length];
            for (int i = 0; i < parts.length; i++) {
                numbers[i] = Double.parseDouble(parts[i].strip());
            }
            return Optional.of(numbers);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
