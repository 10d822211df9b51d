/**
 * Import of files into sources: {@link org.scholion.corpus.DocumentExtractor} turns a file into the
 * clean text Scholion stores, with its page map, metadata, language and SHA-256;
 * {@link org.scholion.corpus.TextNormaliser} cleans text step by step, keeping page offsets right.
 * The only package that uses Apache Tika.
 */
package org.scholion.corpus;
