package io.huiwu.systemtests;

import io.huiwu.clients.logistics.api.RosterCopyApi;
import io.huiwu.clients.logistics.model.RosterEntry;
import io.huiwu.clients.registration.ApiClient;
import io.huiwu.clients.registration.ApiException;
import io.huiwu.clients.registration.api.MeetingsApi;
import io.huiwu.clients.registration.api.RosterApi;
import io.huiwu.clients.registration.api.StaffApi;
import io.huiwu.clients.registration.model.Attendee;
import io.huiwu.clients.registration.model.AttendeeRequest;
import io.huiwu.clients.registration.model.Category;
import io.huiwu.clients.registration.model.Gender;
import io.huiwu.clients.registration.model.Meeting;
import io.huiwu.clients.registration.model.MeetingCreation;
import io.huiwu.clients.registration.model.MeetingRole;
import io.huiwu.clients.registration.model.Problem;
import io.huiwu.clients.registration.model.StaffGrantRequest;
import io.huiwu.localstack.LocalStack;
import io.huiwu.localstack.ServiceSpec;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The Java clients generated from the committed API documents (module clients), used against the running services
 * as an integrator would: what they send is accepted, what they read back is typed, and an error is a Problem.
 */
class GeneratedClientIT {

    private static ApiClient registration(LocalStack stack, String token) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(stack.url(ServiceSpec.REGISTRATION));
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return client;
    }

    @Test
    void anIntegratorRunsAMeetingThroughTheGeneratedClients() throws Exception {
        LocalStack stack = RunningStack.get();
        String administrator = stack.tokens().staff("client-administrator", Duration.ofHours(1), "administrator");
        String organizer = stack.tokens().staff("client-organizer", Duration.ofHours(1));

        Meeting meeting = new MeetingsApi(registration(stack, administrator)).createMeeting(new MeetingCreation()
                .name("客户端测试会议").startDate(LocalDate.of(2026, 3, 1)).endDate(LocalDate.of(2026, 3, 5))
                .organizer("client-organizer"), UUID.randomUUID().toString());
        new StaffApi(registration(stack, organizer)).grantStaffRole(meeting.getId(), new StaffGrantRequest()
                .subject("client-logistics").role(MeetingRole.LOGISTICS), null);

        RosterApi roster = new RosterApi(registration(stack, organizer));
        Attendee registered = roster.registerAttendee(meeting.getId(), new AttendeeRequest().name("欧阳建国")
                .gender(Gender.MALE).category(Category.ATTENDEE).delegation("长安区代表团").rank(3), null);
        Attendee read = roster.getAttendee(registered.getId(), meeting.getId());
        assertEquals("欧阳建国", read.getName());
        assertNull(read.getPrincipalId());
        assertEquals(1, roster.listAttendees(meeting.getId(), null, null, 0, null, 50, null, null, null)
                .getTotal());

        // the error of a generated client carries the service's problem, readable as the document's Problem
        ApiException missing = assertThrows(ApiException.class,
                () -> roster.getAttendee(UUID.randomUUID(), meeting.getId()));
        assertEquals(404, missing.getCode());
        Problem problem = registration(stack, organizer).getObjectMapper()
                .readValue(missing.getResponseBody(), Problem.class);
        assertEquals("urn:huiwu:problem:not-found", problem.getType());
        assertEquals(404, problem.getStatus());

        // another service's client reads its copy of the same roster
        io.huiwu.clients.logistics.ApiClient logistics = new io.huiwu.clients.logistics.ApiClient();
        logistics.updateBaseUri(stack.url(ServiceSpec.LOGISTICS));
        String logisticsToken = stack.tokens().staff("client-logistics", Duration.ofHours(1));
        logistics.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + logisticsToken));
        RosterCopyApi copy = new RosterCopyApi(logistics);
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().untilAsserted(() -> {
            RosterEntry entry = copy.getAttendee(registered.getId(), meeting.getId());
            assertEquals("长安区代表团", entry.getDelegation());
            assertEquals(registered.getVersion(), entry.getSourceVersion());
        });
    }
}
