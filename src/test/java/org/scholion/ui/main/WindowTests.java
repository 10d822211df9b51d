package org.scholion.ui.main;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.stage.Stage;
import org.scholion.ui.workbench.WorkbenchSettings;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** What the tests that drive the real window share: starting the workbench on a project, and waiting for it. */
final class WindowTests {

    private WindowTests() {
    }

    /**
     * The workbench on TestFX's primary stage, with {@code project} open, as a researcher who has
     * had her first start (coder "nino") and whose window sits at the top left, {@code width} by
     * {@code height}.
     */
    static Workbench start(Path data, Path project, int width, int height) throws Exception {
        WorkbenchSettings.in(data).setCoder("nino");
        WorkbenchSettings.in(data).setWindow(new WorkbenchSettings.WindowPlace(0, 0, width, height, false));
        Stage stage = FxToolkit.registerPrimaryStage();
        Workbench workbench = WaitForAsyncUtils.asyncFx(() -> Workbench.start(stage, data, Optional.of(project)))
                .get(30, TimeUnit.SECONDS);
        waitFor(() -> workbench.session().project() != null);
        return workbench;
    }

    /** Waits up to 30 s for a condition, letting the FX thread run between looks. */
    static void waitFor(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.getAsBoolean();
        });
    }
}
