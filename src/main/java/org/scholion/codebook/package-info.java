/**
 * The codebook: the tree of codes, their guidance, and the rules every edit keeps.
 * Pure domain: depends on the JDK alone.
 */
package org.scholion.codebook;
