package io.huiwu.logistics.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jetbrains.annotations.Nullable;

import java.util.Set;

@Schema(name = "AssignmentJobRequest", description = "The organiser's policy for this run of room assignment; every"
        + " field may be left out for the default")
public record AssignmentJobRequest(
        @Schema(description = "Suites only for this grade level or higher (1 国家级正职 ... 10 乡科级副职); default 4"
                + " (省部级副职); 0 gives suites to nobody", examples = "4")
        @Min(0) @Max(10) @Nullable Integer suiteFromGradeLevel,
        @Schema(description = "Categories lodged under their own category (sharing only among themselves); default"
                + " [ACCOMPANYING] (随行: drivers, secretaries, family)")
        @Size(max = 20) @Nullable Set<@NotNull @Pattern(regexp = CATEGORY) String> ownCategories,
        @Schema(description = "Categories of people who need a bed; default all")
        @Size(max = 20) @Nullable Set<@NotNull @Pattern(regexp = CATEGORY) String> categories) {

    static final String CATEGORY = "[A-Z][A-Z_]{0,29}";
}
