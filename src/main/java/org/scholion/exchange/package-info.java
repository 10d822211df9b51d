/**
 * REFI-QDA exchange: QDPX projects and QDC codebooks as plain values ({@link org.scholion.exchange.QdaProject},
 * {@link org.scholion.exchange.QdaCodebook}), read from and written to their XML and ZIP forms with the JDK
 * alone. Mapping them to and from a Scholion project is {@code project.ExchangeService}'s job.
 */
package org.scholion.exchange;
