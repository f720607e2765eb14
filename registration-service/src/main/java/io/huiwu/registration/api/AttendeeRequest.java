package io.huiwu.registration.api;

import io.huiwu.registration.domain.Category;
import io.huiwu.registration.domain.DelegationRole;
import io.huiwu.registration.domain.Diet;
import io.huiwu.registration.domain.Gender;
import io.huiwu.registration.domain.Grade;
import io.huiwu.registration.domain.IdDocumentType;
import io.huiwu.registration.domain.Party;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Set;
import java.util.UUID;

@Schema(name = "AttendeeRequest", description = "A person on the roster as staff enter or correct them")
public record AttendeeRequest(
        @Schema(examples = "欧阳建国", description = "Family name first; spaces between Chinese characters are removed")
        @NotBlank @Size(max = 50) @Pattern(regexp = "^[^\\p{Cc}]*$", message = "{huiwu.no-control-characters}")
        String name,
        @NotNull Gender gender,
        @NotNull Category category,
        @Schema(examples = "长安区代表团") @Size(max = 100) String delegation,
        @Schema(examples = "长安区人民政府") @Size(max = 200) String unit,
        @Schema(examples = "区长") @Size(max = 200) String title,
        @Schema(description = "Protocol rank, 1 is the highest", examples = "12") @Min(1) @Max(1_000_000) Integer rank,
        @Schema(examples = "13812345678") @Pattern(regexp = "\\+?[0-9][0-9 -]{4,28}",
                message = "{huiwu.phone}") String phone,
        @Schema(description = "The kind of document idNumber is from. Without it, a number of digits (perhaps ending"
                + " in X) is a MAINLAND_ID; any other number needs it. Only a MAINLAND_ID number is checked.")
        IdDocumentType idType,
        @Schema(examples = "11010519491231002X", description = "The document's number. A MAINLAND_ID number must be"
                + " the 18-character resident ID number of GB 11643 with a valid date of birth and check character"
                + " (15-digit first-generation numbers are refused); spaces are removed, x is stored as X")
        @Size(max = 30) @Pattern(regexp = "^[0-9A-Za-z() -]*$", message = "{huiwu.id-number}") String idNumber,
        @Schema(description = "For ACCOMPANYING people (drivers, family): the attendee they accompany")
        UUID principalId,
        @Schema(examples = "01", description = "Ethnic group (民族): the two-digit code of GB/T 3304, 01 汉族 to 56"
                + " 基诺族 in the standard's order, or 97 (其他未识别民族), 98 (外国血统中国籍人士)")
        @Size(max = 2) String ethnicity,
        @Schema(examples = "经济界", description = "Sector (界别), as the meeting names them") @Size(max = 50)
        @Pattern(regexp = "^[^\\p{Cc}]*$", message = "{huiwu.no-control-characters}") String sector,
        @Schema(description = "Party affiliation (党派): CPC 中国共产党, RCCK 中国国民党革命委员会, CDL 中国民主同盟, CNDCA"
                + " 中国民主建国会, CAPD 中国民主促进会, CPWDP 中国农工民主党, CZGP 中国致公党, JIUSAN 九三学社, TDSGL"
                + " 台湾民主自治同盟, NON_PARTY 无党派人士, MASSES 群众")
        Party party,
        @Schema(description = "Grade (职级), highest first: the leadership levels of the Civil Servant Law, from"
                + " NATIONAL_FULL (国家级正职) to TOWNSHIP_DEPUTY (乡科级副职); logistics reads it for suites")
        Grade grade,
        @Schema(description = "Role in the delegation: LEADER 团长, DEPUTY_LEADER 副团长, LIAISON 联络员, MEMBER 团员;"
                + " needs a delegation")
        DelegationRole delegationRole,
        @Schema(description = "What the dining staff must know; empty or absent for no special diet")
        @Size(max = 10) Set<@NotNull Diet> diet,
        @Schema(examples = "轮椅", description = "Accessibility needs (无障碍需求): wheelchair, hearing, seating")
        @Size(max = 200) @Pattern(regexp = "^[^\\p{Cc}]*$", message = "{huiwu.no-control-characters}")
        String accessibilityNeeds,
        @Schema(description = "Health needs (健康需求) the medical staff must know. Health information: hidden from"
                + " everyone but organizers and the attendee, and never published; events say only that there is one")
        @Size(max = 200) @Pattern(regexp = "^[^\\p{Cc}]*$", message = "{huiwu.no-control-characters}")
        String healthNeeds) {
}
