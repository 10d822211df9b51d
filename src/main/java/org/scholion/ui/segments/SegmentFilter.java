package org.scholion.ui.segments;

import org.scholion.source.SourceId;
import org.scholion.source.SourceType;

/**
 * Which retrieved segments to show; a null field lets every value through. A year range leaves out
 * sources without a date.
 */
record SegmentFilter(SourceId source, SourceType type, Integer fromYear, Integer toYear, String coder) {

    boolean acceptsSource(SourceType sourceType, Integer year) {
        if (type != null && type != sourceType) {
            return false;
        }
        if (fromYear == null && toYear == null) {
            return true;
        }
        return year != null && (fromYear == null || year >= fromYear) && (toYear == null || year <= toYear);
    }
}
