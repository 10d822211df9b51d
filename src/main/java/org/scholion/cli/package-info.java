/** The command line (picocli), on the same project services the workbench uses. */
package org.scholion.cli;
