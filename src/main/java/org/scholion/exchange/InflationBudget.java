package org.scholion.exchange;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * Counts the bytes actually inflated from one archive, entry by entry, and stops a read the moment
 * an entry passes its size limit, the archive its total, or an entry its compression ratio. The
 * sizes a ZIP header declares are never believed: a zip bomb lies in them.
 */
final class InflationBudget {

    private final Path archive;
    private final ReadLimits limits;
    private long total;

    InflationBudget(Path archive, ReadLimits limits) {
        this.archive = archive;
        this.limits = limits;
    }

    /**
     * Wraps an entry's inflating stream.
     *
     * @param compressedBytes the entry's compressed size: the JDK's ZipFile feeds the inflater at
     *                        most this many bytes of the archive, so it bounds what is inflated from
     */
    InputStream watch(String entry, InputStream inflating, long compressedBytes) {
        return new Watched(entry, inflating, Math.max(compressedBytes, 1));
    }

    long total() {
        return total;
    }

    private final class Watched extends FilterInputStream {
        private final String entry;
        private final long compressed;
        private long inflated;

        Watched(String entry, InputStream in, long compressed) {
            super(in);
            this.entry = entry;
            this.compressed = compressed;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            // skipped bytes are inflated all the same
            long skipped = super.skip(n);
            count(skipped);
            return skipped;
        }

        private void count(long n) throws EntryLimitException {
            inflated += n;
            total += n;
            if (inflated > limits.maxEntryBytes()) {
                throw refuse("inflates past " + limits.maxEntryBytes() + " bytes, over the limit for one entry");
            }
            if (total > limits.maxTotalBytes()) {
                throw refuse("the archive inflates past " + limits.maxTotalBytes() + " bytes, over the limit");
            }
            if (inflated > ReadLimits.RATIO_GRACE_BYTES && inflated > compressed * limits.maxCompressionRatio()) {
                throw refuse("inflates more than " + limits.maxCompressionRatio()
                        + " times its compressed size (" + compressed + " bytes): a zip bomb?");
            }
        }

        private EntryLimitException refuse(String reason) {
            return new EntryLimitException(new ExchangeException(archive, entry, reason));
        }
    }
}
