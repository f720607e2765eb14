package io.huiwu.registration.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "PlanComparison", description = "What differs between two versions of a plan")
public record PlanChangeView(int from, int to, List<Change> changes) {

    @Schema(name = "PlanChange")
    public record Change(
            @Schema(enumeration = {"purpose", "form", "scale", "agendaTopics", "budget", "leadership"}) String field,
            @Schema(description = "The plan before, with only this field") MeetingPlan before,
            @Schema(description = "The plan after, with only this field") MeetingPlan after) {
    }
}
