package io.huiwu.documents.rest;

import io.huiwu.chassis.problem.Message;
import io.huiwu.chassis.problem.ProblemException;
import io.huiwu.chassis.security.Roles;
import io.huiwu.documents.api.GroupRecordsDraftView;
import io.huiwu.documents.service.SessionRecordService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;

@Path("/api/v1/meetings/{meetingId}/group-records")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Group records", description = "小组讨论记录: a group discussion's record, every save a version")
public class GroupRecordsDraftResource {

    private final SessionRecordService records;

    public GroupRecordsDraftResource(SessionRecordService records) {
        this.records = records;
    }

    @GET
    @Path("/summary-draft")
    @RolesAllowed({Roles.ORGANIZER, Roles.SECRETARIAT})
    @Operation(summary = "Gather the group records into a draft summary",
            description = "The current record of each GROUP session (not cancelled) of the meeting, or of those"
                    + " starting on date (in the meeting's zone), in the order of the sessions (by start, then name):"
                    + " each group's points under its session's name, as a draft text to edit.")
    public GroupRecordsDraftView gatherGroupRecords(@PathParam("meetingId") UUID meetingId,
            @Parameter(description = "A day, 2027-03-05") @QueryParam("date") String date) {
        LocalDate day = null;
        if (date != null && !date.isBlank()) {
            try {
                day = LocalDate.parse(date.strip());
            } catch (DateTimeParseException e) {
                throw ProblemException.invalidField("date", Message.of("is not a date (2027-03-05): {0}",
                        "不是有效日期（如 2027-03-05）：{0}", date));
            }
        }
        return records.gather(meetingId, day);
    }
}
