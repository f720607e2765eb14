package io.huiwu.logistics.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jetbrains.annotations.Nullable;

import java.util.Set;

@Schema(name = "ReplanRequest", description = "A re-plan of lodging after a change: the organiser's policy, as for an"
        + " assignment job (every field may be left out for the default), and, to apply, the basis of the preview")
public record ReplanRequest(
        @Schema(description = "Suites only for this grade level or higher; default 4 (省部级副职); 0 gives suites to"
                + " nobody", examples = "4")
        @Min(0) @Max(10) @Nullable Integer suiteFromGradeLevel,
        @Schema(description = "Categories lodged under their own category; default [ACCOMPANYING] (随行)")
        @Size(max = 20) @Nullable Set<@NotNull @Pattern(regexp = AssignmentJobRequest.CATEGORY) String> ownCategories,
        @Schema(description = "Categories of people who need a bed; default all")
        @Size(max = 20) @Nullable Set<@NotNull @Pattern(regexp = AssignmentJobRequest.CATEGORY) String> categories,
        @Schema(description = "To apply: the preview's basis; the re-plan is applied only if nothing it was made from"
                + " has changed since (409 naming what did)", examples = "3f1c0a9be2d47a61.0c5e9d1f27ab8834.9a0b")
        @Size(max = 100) @Pattern(regexp = "[0-9a-f.]+") @Nullable String basis) {

    public AssignmentJobRequest policy() {
        return new AssignmentJobRequest(suiteFromGradeLevel, ownCategories, categories);
    }
}
