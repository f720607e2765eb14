package io.huiwu.documents.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "GuideRequest", description = "What the organiser or the secretariat write for the attendee guide"
        + " (会议须知): the notices, in order, and the staff to call, by working group")
public record GuideRequest(
        @Schema(description = "Titled sections of text, in the order they are printed") @NotNull @Size(max = 50)
        List<@Valid @NotNull Notice> notices,
        @Schema(description = "Staff contacts, printed grouped by working group in the order first named")
        @NotNull @Size(max = 300) List<@Valid @NotNull Contact> contacts) {

    /** A telephone number as people write it: digits with +, spaces, hyphens, brackets and an extension (转). */
    public static final String PHONE = "^\\+?[0-9(][0-9 ()\\-]{2,24}((转|ext\\.? ?|x)[0-9]{1,6})?$";

    @Schema(name = "GuideNotice", description = "A section of the guide: 报到, 作息, 保密, 安全...")
    public record Notice(
            @Schema(examples = "报到") @NotBlank @Size(max = 100) String title,
            @Schema(examples = "请于3月4日14时前到京西宾馆一楼大厅报到，领取会议证件和文件。") @NotBlank @Size(max = 5000)
            String text) {
    }

    @Schema(name = "GuideContact", description = "Someone of the staff to call, and for what")
    public record Contact(
            @Schema(description = "The working group (工作组) they belong to", examples = "秘书组") @NotBlank
            @Size(max = 100) String workingGroup,
            @Schema(examples = "王小明") @NotBlank @Size(max = 50) String name,
            @Schema(examples = "组长") @Size(max = 50) String role,
            @Schema(description = "Digits, with +, spaces, hyphens, brackets, and an extension (转)",
                    examples = "010-6851 2345转8012") @NotBlank @Size(max = 40) @Pattern(regexp = PHONE)
            String phone) {
    }
}
