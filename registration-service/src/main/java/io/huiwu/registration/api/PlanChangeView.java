package io.huiwu.registration.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "PlanComparison", description = "What differs between two versions of a plan")
public record PlanChangeView(int from, int to, List<Change> changes) {

    @Schema(name = "PlanChange")
    public record Change(@Schema(examples = "budget") String field, JsonNode before, JsonNode after) {
    }
}
