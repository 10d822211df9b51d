/** The composition root: wires the services to the command line and, later, the workbench. */
package org.scholion.app;
