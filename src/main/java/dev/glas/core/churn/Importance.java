package dev.glas.core.churn;

/** Importance of one input column: value (share of the total for model importance, ROC-AUC drop for permutation) and its sd. */
public record Importance(String column, double value, double sd) {
}
