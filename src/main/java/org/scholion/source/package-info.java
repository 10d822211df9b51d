/**
 * Sources and positions in their text: the domain's vocabulary for where a passage is.
 * Depends on the JDK alone.
 */
package org.scholion.source;
