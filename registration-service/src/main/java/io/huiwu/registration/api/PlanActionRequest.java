package io.huiwu.registration.api;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PlanActionRequest")
public record PlanActionRequest(@Schema(examples = "经领导小组审定同意") @Size(max = 500) String comment) {
}
