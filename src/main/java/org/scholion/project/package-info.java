/**
 * The services of an open project, shared by the command line and the workbench: each public
 * method is one user action, checked by the domain and stored as one transaction.
 */
package org.scholion.project;
