package org.scholion.ui.analysis;

import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

/** A chart as it is shown, taken as a picture on the JavaFX thread (on white, at its full size). */
public final class ChartPictures {

    private ChartPictures() {
    }

    public static ArgbImage of(Node chart) {
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setFill(Color.WHITE);
        WritableImage image = chart.snapshot(parameters, null);
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        int[] pixels = new int[width * height];
        image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), pixels, 0, width);
        return new ArgbImage(width, height, pixels);
    }
}
