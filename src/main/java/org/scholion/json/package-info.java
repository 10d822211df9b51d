/**
 * Scholion's JSON formats (codebook files, command-line output), read and written with Jackson:
 * the only package that uses it.
 */
package org.scholion.json;
