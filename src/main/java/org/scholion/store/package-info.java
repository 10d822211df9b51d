/**
 * The project store: one SQLite database per project, the single source of truth. The only
 * package that speaks JDBC. Schema changes are ordered scripts under resources/.../migrations.
 */
package org.scholion.store;
