package dev.glas.core.prep;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.glas.core.task.Cancellation;

/**
 * One preparation step as the analyst configured it. Fitting it on data learns what it needs (means,
 * categories, bounds…) and gives a {@link FittedStep} that replays exactly the same transformation on new data.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = DropSparse.class, name = "drop_sparse"),
    @JsonSubTypes.Type(value = DropColumns.class, name = "drop_columns"),
    @JsonSubTypes.Type(value = Dedupe.class, name = "dedupe"),
    @JsonSubTypes.Type(value = Join.class, name = "join"),
    @JsonSubTypes.Type(value = Impute.class, name = "impute"),
    @JsonSubTypes.Type(value = ClipOutliers.class, name = "clip"),
    @JsonSubTypes.Type(value = Log1p.class, name = "log1p"),
    @JsonSubTypes.Type(value = Scale.class, name = "scale"),
    @JsonSubTypes.Type(value = Encode.class, name = "encode"),
})
public sealed interface Step permits DropSparse, DropColumns, Dedupe, Join, Impute, ClipOutliers, Log1p, Scale, Encode {

    /** Learns the step's parameters from {@code in}. */
    FittedStep fit(Frame in, Cancellation cancellation) throws PrepException;

    /** Localized one-line description for the steps list, e.g. "Impute median: age, balance". */
    String describe();
}
