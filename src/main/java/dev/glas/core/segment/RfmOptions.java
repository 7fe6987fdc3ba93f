package dev.glas.core.segment;

import java.time.LocalDate;
import java.util.Objects;

/**
 * RFM settings.
 *
 * @param customer column with the customer id
 * @param date     column with the purchase date or date-time
 * @param amount   amount column, or a product of two columns written {@code Quantity*UnitPrice}
 * @param invoice  optional invoice/order column: frequency = distinct invoices; when null, frequency = distinct
 *                 purchase timestamps
 * @param asOf     reference date for recency; null = the day after the last purchase in the data
 */
public record RfmOptions(String customer, String date, String amount, String invoice, LocalDate asOf) {

    public RfmOptions {
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(amount, "amount");
    }
}
