package dev.glas.core.prep;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.glas.core.task.Cancellation;
import java.util.List;

/** A step with everything it learned; replays the same transformation on any data with the needed columns. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = DropColumns.class, name = "drop_columns"),
    @JsonSubTypes.Type(value = Dedupe.class, name = "dedupe"),
    @JsonSubTypes.Type(value = Join.class, name = "join"),
    @JsonSubTypes.Type(value = Impute.Fitted.class, name = "impute"),
    @JsonSubTypes.Type(value = ClipOutliers.Fitted.class, name = "clip"),
    @JsonSubTypes.Type(value = Log1p.class, name = "log1p"),
    @JsonSubTypes.Type(value = Scale.Fitted.class, name = "scale"),
    @JsonSubTypes.Type(value = Encode.Fitted.class, name = "encode"),
})
public sealed interface FittedStep permits DropColumns, Dedupe, Join, Impute.Fitted, ClipOutliers.Fitted, Log1p,
        Scale.Fitted, Encode.Fitted {

    /**
     * Applies the step.
     *
     * @param scoring when true, steps that remove rows (dedupe) keep every row, so each input row gets a result
     */
    Frame apply(Frame in, boolean scoring, Cancellation cancellation) throws PrepException;

    /** Columns this step reads (they must exist in its input). */
    List<String> inputs();

    /** Localized one-line description. */
    String describe();
}
