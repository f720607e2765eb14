package io.huiwu.registration.service;

import io.huiwu.chassis.problem.Language;
import io.huiwu.chassis.problem.Message;
import io.huiwu.chassis.problem.ProblemException;
import io.huiwu.chassis.problem.ProblemType;
import io.huiwu.registration.api.AttendeeRequest;
import io.huiwu.registration.domain.Ethnicity;
import io.huiwu.registration.domain.IdDocumentType;
import io.huiwu.registration.domain.MainlandIdNumber;
import io.huiwu.registration.domain.MeetingTime;
import io.huiwu.registration.mapping.AttendeeMapping;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The rules of a roster entry that its annotations cannot say: the identity document (a mainland ID number is checked,
 * see {@link MainlandIdNumber}), the ethnic group's code, a delegation role only with a delegation. The same rules for
 * an entry made by hand and a row of an import. No message repeats an ID number: they say what is wrong with it.
 */
final class RosterEntryChecks {


    private RosterEntryChecks() {
    }

    /** Today's date in China, after which nobody is born. */
    static LocalDate today() {
        return LocalDate.now(MeetingTime.ZONE);
    }

    /** Refuses the request with a 400 naming every field at fault. */
    static void require(AttendeeRequest request) {
        List<ProblemException.FieldIssue> issues = issues(request, today());
        if (issues.isEmpty()) {
            return;
        }
        Message detail = language -> issues.stream()
                .map(issue -> issue.field() + (language == Language.CHINESE ? "：" : " ")
                        + issue.message().in(language))
                .collect(Collectors.joining(language == Language.CHINESE ? "；" : "; "));
        throw new ProblemException(ProblemType.VALIDATION, detail, issues);
    }

    /** What is wrong with the request beyond its annotations; empty when nothing is. */
    static List<ProblemException.FieldIssue> issues(AttendeeRequest request, LocalDate today) {
        List<ProblemException.FieldIssue> issues = new ArrayList<>();
        String number = AttendeeMapping.idNumber(request);
        IdDocumentType type = AttendeeMapping.idType(request);
        if (number != null && type == null) {
            issues.add(new ProblemException.FieldIssue("idType", Message.of(
                    "is required when idNumber is not a mainland resident ID number: PASSPORT, HK_MACAO_PERMIT,"
                            + " TAIWAN_PERMIT or OTHER",
                    "证件号码不是居民身份证号码时必须填写：PASSPORT、HK_MACAO_PERMIT、TAIWAN_PERMIT 或 OTHER")));
        } else if (type == IdDocumentType.MAINLAND_ID) {
            MainlandIdNumber.refusal(number, today).ifPresent(refusal -> issues.add(
                    new ProblemException.FieldIssue("idNumber", idNumberRefusal(refusal, number.length()))));
        }
        String ethnicity = request.ethnicity() == null ? null : request.ethnicity().strip();
        if (ethnicity != null && !ethnicity.isEmpty() && Ethnicity.ofCode(ethnicity).isEmpty()) {
            issues.add(new ProblemException.FieldIssue("ethnicity", Message.of(
                    "has the unknown value '{0}'; use a two-digit code of GB/T 3304: 01 (汉族) to 56 (基诺族), 97"
                            + " (其他未识别民族) or 98 (外国血统中国籍人士)",
                    "的值“{0}”无法识别；请使用 GB/T 3304 的两位代码：01（汉族）至 56（基诺族）、97（其他未识别民族）或 98"
                            + "（外国血统中国籍人士）", ethnicity)));
        }
        if (request.delegationRole() != null && (request.delegation() == null || request.delegation().isBlank())) {
            issues.add(new ProblemException.FieldIssue("delegationRole", Message.of(
                    "needs a delegation: a role is held in the delegation the person belongs to",
                    "须同时填写代表团：团内职务只存在于其所属代表团")));
        }
        return issues;
    }

    /** Why a mainland ID number is refused, without repeating it. */
    private static Message idNumberRefusal(MainlandIdNumber.Refusal refusal, int length) {
        return switch (refusal) {
            case LEGACY_15_DIGITS -> Message.of("is a 15-digit number of a first-generation ID card, which ceased to"
                    + " be valid in 2013: enter the 18-character number of the current card",
                    "是第一代身份证的 15 位号码，已于 2013 年停止使用：请填写现行身份证的 18 位号码");
            case LENGTH -> Message.of("must be the 18 characters of a resident ID number, not {0} (for another"
                    + " document, say which in idType)", "必须是 18 位的居民身份证号码，现为 {0} 位（其他证件请在 idType"
                    + " 中注明类型）", length);
            case CHARACTERS -> Message.of("must be 17 digits followed by a digit or X",
                    "必须是 17 位数字加 1 位数字或 X");
            case BIRTH_DATE -> Message.of("has a date of birth (characters 7 to 14) that does not exist, lies in the"
                    + " future or before 1900: check it against the ID card",
                    "第 7 至 14 位的出生日期不存在、晚于今天或早于 1900 年：请对照身份证核对");
            case CHECK_CHARACTER -> Message.of("has a last (check) character that does not match the other 17: a"
                    + " character is mistyped; check it against the ID card",
                    "最后一位校验码与前 17 位不符，有字符录入错误：请对照身份证核对");
        };
    }
}
