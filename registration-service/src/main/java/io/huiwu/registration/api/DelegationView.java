package io.huiwu.registration.api;

import io.huiwu.registration.domain.DelegationRole;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jetbrains.annotations.Nullable;

import java.util.List;
import java.util.UUID;

@Schema(name = "Delegation", description = "A delegation: a record an organizer made, or a name the roster's entries"
        + " carry without one (then id and version are null), with how many active members it has")
public record DelegationView(
        @Schema(description = "Null for a name the roster uses that has no record yet") @Nullable UUID id,
        @Schema(examples = "长安区代表团") String name,
        @Schema(description = "Active members; staff and accompanying people only when includeSupport=true")
        long attendees,
        @Schema(description = "Its place in the agreed order, if the organiser set one") @Nullable Integer position,
        @Schema(description = "团长 first, then 副团长 and 联络员, each by surname strokes") List<Leader> leaders,
        @Schema(description = "The leader whose role is LIAISON (联络员), if any") @Nullable Leader liaison,
        @Nullable String preferredHotel,
        @Schema(description = "The record's version (its ETag); null without a record") @Nullable Long version) {

    @Schema(name = "DelegationLeader")
    public record Leader(UUID attendeeId, String name, DelegationRole role) {
    }
}
