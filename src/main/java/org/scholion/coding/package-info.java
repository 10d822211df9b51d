/**
 * Codings, coders and memos: the researcher's interpretive work on the sources.
 * Pure domain: depends on the JDK alone.
 */
package org.scholion.coding;
