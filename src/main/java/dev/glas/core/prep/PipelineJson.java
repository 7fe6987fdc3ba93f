package dev.glas.core.prep;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** JSON form of pipelines (configured and fitted), for model files and projects. */
public final class PipelineJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private PipelineJson() {
    }

    /** The mapper used here; other areas may embed pipelines in their own JSON with it. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static String write(FittedPipeline pipeline) {
        return writeValue(pipeline);
    }

    public static String write(Pipeline pipeline) {
        return writeValue(pipeline);
    }

    public static FittedPipeline readFitted(String json) throws PrepException {
        return readValue(json, FittedPipeline.class);
    }

    public static Pipeline readPipeline(String json) throws PrepException {
        return readValue(json, Pipeline.class);
    }

    private static String writeValue(Object o) {
        try {
            return MAPPER.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T readValue(String json, Class<T> type) throws PrepException {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new PrepException("segment.prep.error.json", e.getOriginalMessage());
        }
    }
}
