package io.huiwu.registration.mapping;

import io.huiwu.chassis.problem.Language;
import io.huiwu.chassis.problem.Message;
import io.huiwu.registration.api.AttendeeRequest;
import io.huiwu.registration.api.AttendeeView;
import io.huiwu.registration.domain.Diet;
import io.huiwu.registration.domain.Ethnicity;
import io.huiwu.registration.domain.Gender;
import io.huiwu.registration.domain.IdDocumentType;
import io.huiwu.registration.domain.MainlandIdNumber;
import io.huiwu.registration.domain.NameCollation;
import io.huiwu.registration.domain.PersonName;
import io.huiwu.registration.domain.PersonalData;
import io.huiwu.registration.domain.RosterColumns;
import io.huiwu.registration.domain.RosterVerification;
import io.huiwu.registration.persistence.AttendeeEntity;

import java.util.ArrayList;
import java.util.List;

public final class AttendeeMapping {

    private AttendeeMapping() {
    }

    /**
     * The entry as a client sees it.
     *
     * @param unmasked      whether personal data is shown in full (organizers and the attendee only)
     * @param verifications how many verifications the current version has
     * @param required      how many the meeting requires
     * @param overridden    whether an organizer let the current version pass without them
     * @param language      the language warnings are written in
     */
    public static AttendeeView toView(AttendeeEntity attendee, boolean unmasked, int verifications, int required,
            boolean overridden, Language language) {
        return new AttendeeView(attendee.id, attendee.meetingId, attendee.name, attendee.pinyin, attendee.gender,
                attendee.category, attendee.delegation, attendee.unit, attendee.title, attendee.rank,
                unmasked ? attendee.phone : PersonalData.maskPhone(attendee.phone), attendee.idType,
                unmasked ? attendee.idNumber : PersonalData.maskIdNumber(attendee.idNumber),
                attendee.principalId, attendee.ethnicity, ethnicityName(attendee.ethnicity), attendee.sector,
                attendee.party, attendee.grade, attendee.delegationRole, List.copyOf(Diet.sorted(attendee.diet)),
                attendee.accessibilityNeeds,
                unmasked ? attendee.healthNeeds : PersonalData.hideText(attendee.healthNeeds), attendee.status,
                new AttendeeView.Verification(RosterVerification.state(verifications, required, overridden),
                        verifications, required),
                warnings(attendee.idType, attendee.idNumber, attendee.gender, language),
                attendee.lastEditedBy, attendee.version, attendee.createdAt, attendee.updatedAt);
    }

    /**
     * An entry as a history line kept it (personal data in full), shown as a client may see it: personal data masked
     * unless allowed, warnings made again in the caller's language, without a verification. A line written before a
     * field existed has it empty.
     */
    public static AttendeeView fromHistory(AttendeeView entry, boolean unmasked, Language language) {
        return new AttendeeView(entry.id(), entry.meetingId(), entry.name(), entry.pinyin(), entry.gender(),
                entry.category(), entry.delegation(), entry.unit(), entry.title(), entry.rank(),
                unmasked ? entry.phone() : PersonalData.maskPhone(entry.phone()), entry.idType(),
                unmasked ? entry.idNumber() : PersonalData.maskIdNumber(entry.idNumber()), entry.principalId(),
                entry.ethnicity(), ethnicityName(entry.ethnicity()), entry.sector(), entry.party(), entry.grade(),
                entry.delegationRole(), entry.diet() == null ? List.of() : entry.diet(), entry.accessibilityNeeds(),
                unmasked ? entry.healthNeeds() : PersonalData.hideText(entry.healthNeeds()), entry.status(), null,
                warnings(entry.idType(), entry.idNumber(), entry.gender(), language), entry.lastEditedBy(),
                entry.version(), entry.createdAt(), entry.updatedAt());
    }

    /** The entry with its personal data masked as for a non-organizer: what may be kept outside the roster. */
    public static AttendeeView masked(AttendeeView view) {
        return new AttendeeView(view.id(), view.meetingId(), view.name(), view.pinyin(), view.gender(),
                view.category(), view.delegation(), view.unit(), view.title(), view.rank(),
                PersonalData.maskPhone(view.phone()), view.idType(), PersonalData.maskIdNumber(view.idNumber()),
                view.principalId(), view.ethnicity(), view.ethnicityName(), view.sector(), view.party(), view.grade(),
                view.delegationRole(), view.diet(), view.accessibilityNeeds(),
                PersonalData.hideText(view.healthNeeds()), view.status(), view.verification(), view.warnings(),
                view.lastEditedBy(), view.version(), view.createdAt(), view.updatedAt());
    }

    /** Copies a request, already checked, onto an entry. */
    public static void apply(AttendeeRequest request, AttendeeEntity attendee) {
        attendee.name = PersonName.normalize(request.name());
        attendee.gender = request.gender();
        attendee.category = request.category();
        attendee.delegation = blankToNull(request.delegation());
        attendee.unit = blankToNull(request.unit());
        attendee.title = blankToNull(request.title());
        attendee.rank = request.rank();
        attendee.phone = blankToNull(request.phone());
        attendee.idNumber = idNumber(request);
        attendee.idType = idType(request);
        attendee.principalId = request.principalId();
        attendee.ethnicity = blankToNull(request.ethnicity());
        attendee.sector = blankToNull(request.sector());
        attendee.party = request.party();
        attendee.grade = request.grade();
        attendee.delegationRole = request.delegationRole();
        attendee.diet = Diet.sorted(request.diet());
        attendee.accessibilityNeeds = blankToNull(request.accessibilityNeeds());
        attendee.healthNeeds = blankToNull(request.healthNeeds());
        collationKeys(attendee);
    }

    /** The request's ID number as it is stored: without spaces, letters in upper case; null when blank. */
    public static String idNumber(AttendeeRequest request) {
        String number = RosterColumns.normalizeIdNumber(request.idNumber());
        return number == null || number.isEmpty() ? null : number;
    }

    /** The kind of document of the request's number: as given, or inferred from the number; null without one. */
    public static IdDocumentType idType(AttendeeRequest request) {
        String number = idNumber(request);
        if (number == null) {
            return null;
        }
        return request.idType() != null ? request.idType() : IdDocumentType.inferredFrom(number).orElse(null);
    }

    /** Pinyin and sort keys follow the name. */
    public static void collationKeys(AttendeeEntity attendee) {
        attendee.pinyin = NameCollation.pinyin(attendee.name);
        attendee.pinyinInitials = NameCollation.initials(attendee.name);
        attendee.strokeKey = NameCollation.strokeKey(attendee.name);
        attendee.pinyinKey = NameCollation.pinyinKey(attendee.name);
    }

    /**
     * What the verifiers should check: the gender the entry gives against the one a mainland ID number carries in its
     * 17th digit. The message says which way they disagree, never the number.
     */
    static List<AttendeeView.Warning> warnings(IdDocumentType idType, String idNumber, Gender gender,
            Language language) {
        List<AttendeeView.Warning> warnings = new ArrayList<>();
        if (idType == IdDocumentType.MAINLAND_ID && gender != null) {
            MainlandIdNumber.read(idNumber).filter(reading -> reading.gender() != gender).ifPresent(reading ->
                    warnings.add(new AttendeeView.Warning("gender", "ID_NUMBER_GENDER", Message.of(
                            "is {0}, but the ID number is a {1}'s (its 17th digit is {2}): check both against the"
                                    + " ID card", "登记为{0}，但身份证号码第 17 位为{2}，应为{1}：请对照身份证核对",
                            gender == Gender.MALE ? Message.of("male", "男") : Message.of("female", "女"),
                            reading.gender() == Gender.MALE ? Message.of("man", "男性") : Message.of("woman", "女性"),
                            reading.gender() == Gender.MALE ? Message.of("odd", "奇数")
                                    : Message.of("even", "偶数")).in(language))));
        }
        return warnings;
    }

    private static String ethnicityName(String code) {
        return Ethnicity.ofCode(code).map(Ethnicity::chineseName).orElse(null);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
