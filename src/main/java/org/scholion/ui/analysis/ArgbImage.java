package org.scholion.ui.analysis;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.scholion.export.AtomicFile;

/**
 * A picture as 32-bit ARGB pixels, row by row: what a JavaFX snapshot of a chart is copied into on
 * the JavaFX thread, so that encoding it as PNG (the JDK's ImageIO; javafx.swing is not needed) can
 * happen on the project thread.
 */
public record ArgbImage(int width, int height, int[] pixels) {

    public ArgbImage {
        if (width <= 0 || height <= 0 || pixels.length != width * height) {
            throw new IllegalArgumentException("a " + width + " x " + height + " image needs " + width * height
                    + " pixels, not " + pixels.length);
        }
    }

    public void writePng(Path file) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        image.setRGB(0, 0, width, height, pixels, 0, width);
        AtomicFile.write(file, out -> {
            if (!ImageIO.write(image, "png", out)) {
                throw new IOException("no PNG writer in this Java");
            }
        });
    }
}
