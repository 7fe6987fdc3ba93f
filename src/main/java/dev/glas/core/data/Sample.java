package dev.glas.core.data;

/**
 * A small open dataset bundled with Glas.
 *
 * @param id             stable id, e.g. {@code telco_churn}
 * @param titleKey       message key of the display title
 * @param attributionKey message key of the attribution/licence line
 * @param resource       class-path resource of the CSV file
 */
public record Sample(String id, String titleKey, String attributionKey, String resource) {
}
