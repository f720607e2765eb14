package io.huiwu.registration.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jetbrains.annotations.Nullable;

@Schema(name = "Delegation", description = "A delegation as the roster names it, with how many active members it has")
public record DelegationView(
        @Schema(examples = "长安区代表团") String name,
        long attendees,
        @Schema(description = "Its place in the agreed order, if the organiser set one") @Nullable Integer position) {
}
