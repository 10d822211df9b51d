package org.scholion.index;

import java.io.IOException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.LockObtainFailedException;

/** What state an index directory is in, before a writer touches it. */
final class IndexInspection {

    private IndexInspection() {
    }

    /**
     * Reads the latest commit and verifies the checksum of every file in it. Verifying reads the
     * whole index once per open (a few megabytes for a thesis-sized project), which is what it
     * takes to find a damaged file now rather than as a wrong or failed search later.
     */
    static IndexStatus inspect(Directory directory) throws IOException {
        if (!DirectoryReader.indexExists(directory)) {
            return new IndexStatus(IndexStatus.State.MISSING, "no index in " + directory);
        }
        try {
            SegmentInfos commit = SegmentInfos.readLatestCommit(directory);
            String schema = commit.getUserData().get(PassageIndex.SCHEMA_KEY);
            String current = Integer.toString(PassageDocuments.SCHEMA_VERSION);
            if (!current.equals(schema)) {
                return new IndexStatus(IndexStatus.State.SCHEMA_CHANGED,
                        "index schema " + (schema == null ? "unknown" : schema) + ", this version uses " + current);
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                for (LeafReaderContext leaf : reader.leaves()) {
                    leaf.reader().checkIntegrity();
                }
            }
            return IndexStatus.ready();
        } catch (LockObtainFailedException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // CorruptIndexException, IndexFormatTooOld/TooNewException, a missing or truncated
            // file (NoSuchFileException, EOFException), an unknown codec (IllegalArgumentException).
            return new IndexStatus(IndexStatus.State.CORRUPT,
                    e.getClass().getSimpleName() + ": " + QueryCompiler.oneLine(e.getMessage()));
        }
    }

    /** Deletes the files of a damaged index, keeping the lock file that guards the directory. */
    static void deleteIndexFiles(Directory directory) throws IOException {
        for (String file : directory.listAll()) {
            if (!IndexWriter.WRITE_LOCK_NAME.equals(file)) {
                directory.deleteFile(file);
            }
        }
    }
}
