package dev.glas.core.churn;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * A fitted binary classifier on prepared numeric features (feature-major arrays {@code cols[feature][row]}).
 * Implementations are immutable and serializable to JSON.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = TreeEnsemble.class, name = "trees"),
    @JsonSubTypes.Type(value = LinearModel.class, name = "linear"),
    @JsonSubTypes.Type(value = BlendModel.class, name = "blend"),
    @JsonSubTypes.Type(value = CompactModel.class, name = "compact"),
})
public sealed interface Model permits TreeEnsemble, LinearModel, BlendModel, CompactModel {

    /** Probability of the positive class for every row. */
    double[] predict(double[][] cols);

    /**
     * Per-row additive reasons: {@code [row][feature]} contributions plus, at index {@code features}, the base
     * value; they sum to the model's raw output (log-odds for boosting and logistic regression, probability for
     * a forest). TreeSHAP for boosting, path attribution for forests, coefficient × (value − training mean)
     * for logistic regression.
     */
    double[][] contributions(double[][] cols, int[] rows);

    /** Global importance per feature (split gain for trees, |coefficient| × sd for logistic regression). */
    double[] importance();
}
