package io.huiwu.registration.mapping;

import io.huiwu.registration.api.CheckInListView;
import io.huiwu.registration.api.CredentialTypeView;
import io.huiwu.registration.api.CredentialView;
import io.huiwu.registration.domain.Category;
import io.huiwu.registration.domain.CredentialHolder;
import io.huiwu.registration.persistence.CheckInListEntity;
import io.huiwu.registration.persistence.CheckInStore;
import io.huiwu.registration.persistence.CredentialEntity;
import io.huiwu.registration.persistence.CredentialTypeEntity;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

public final class CredentialMapping {

    private CredentialMapping() {
    }

    public static CredentialTypeView toView(CredentialTypeEntity type, long issued) {
        return new CredentialTypeView(type.id, type.meetingId, type.name, type.colour, type.prefix,
                categories(type.categories), type.holder, type.seatPass, issued, type.version);
    }

    /** A person's credential (with their name) or a vehicle's (with its plate). */
    public static CredentialView toView(CredentialEntity credential, CredentialTypeEntity type, String attendeeName,
            String plate, String payload) {
        CredentialView.Handover handover = credential.handedOverAt == null ? null : new CredentialView.Handover(
                credential.handedOverAt, credential.receivedBy, credential.handedOverBy);
        return new CredentialView(credential.id, credential.meetingId, credential.typeId, type.name, type.colour,
                credential.number, holderOf(credential), credential.attendeeId, attendeeName, credential.vehicleId,
                plate, credential.status, credential.issuedAt, credential.issuedBy, credential.revokedAt,
                credential.revokedBy, credential.revokedReason, credential.replaces, payload, handover,
                credential.version);
    }

    public static CredentialHolder holderOf(CredentialEntity credential) {
        return credential.vehicleId != null ? CredentialHolder.VEHICLE : CredentialHolder.PERSON;
    }

    public static CheckInListView toView(CheckInListEntity list) {
        return new CheckInListView(list.id, list.meetingId, list.name, list.kind, categories(list.categories),
                list.opensAt, list.closesAt, list.allowReentry, list.trackExit, list.allowOnBehalf, list.sessionId,
                list.credentialTypes == null ? null : List.copyOf(CheckInStore.credentialTypes(list.credentialTypes)),
                list.version);
    }

    /** Categories are stored comma-separated, in their declared order. */
    public static String categoryText(Collection<Category> categories) {
        return categories.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    public static List<Category> categories(String text) {
        return Arrays.stream(text.split(",")).filter(s -> !s.isBlank()).map(Category::valueOf).sorted().toList();
    }

    public static Set<Category> categorySet(String text) {
        return Set.copyOf(categories(text));
    }
}
