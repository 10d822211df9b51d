/**
 * The passage index: every paragraph of every source as a Lucene document, full-text search with
 * exact match offsets, and keyword-in-context lines. Derived from the store and always rebuildable;
 * the only package that uses Apache Lucene.
 */
package org.scholion.index;
