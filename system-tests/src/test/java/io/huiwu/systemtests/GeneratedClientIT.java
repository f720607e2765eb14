package io.huiwu.systemtests;

import io.huiwu.clients.logistics.api.RosterCopyApi;
import io.huiwu.clients.logistics.model.RosterEntry;
import io.huiwu.clients.registration.ApiClient;
import io.huiwu.clients.registration.ApiException;
import io.huiwu.clients.registration.api.CheckInApi;
import io.huiwu.clients.registration.api.CredentialsApi;
import io.huiwu.clients.registration.api.MeetingsApi;
import io.huiwu.clients.registration.api.RosterApi;
import io.huiwu.clients.registration.api.StaffApi;
import io.huiwu.clients.registration.model.Attendee;
import io.huiwu.clients.registration.model.AttendeeRequest;
import io.huiwu.clients.registration.model.BulkIssueResult;
import io.huiwu.clients.registration.model.BulkVerificationAnswer;
import io.huiwu.clients.registration.model.BulkVerificationEntry;
import io.huiwu.clients.registration.model.BulkVerificationRequest;
import io.huiwu.clients.registration.model.Category;
import io.huiwu.clients.registration.model.CheckInList;
import io.huiwu.clients.registration.model.CheckInListKind;
import io.huiwu.clients.registration.model.CheckInListRequest;
import io.huiwu.clients.registration.model.Credential;
import io.huiwu.clients.registration.model.CredentialType;
import io.huiwu.clients.registration.model.CredentialTypeRequest;
import io.huiwu.clients.registration.model.Gender;
import io.huiwu.clients.registration.model.Headcount;
import io.huiwu.clients.registration.model.Meeting;
import io.huiwu.clients.registration.model.MeetingCreation;
import io.huiwu.clients.registration.model.MeetingRole;
import io.huiwu.clients.registration.model.Problem;
import io.huiwu.clients.registration.model.RedeemAnswer;
import io.huiwu.clients.registration.model.RedeemRequest;
import io.huiwu.clients.registration.model.StaffGrantRequest;
import io.huiwu.localstack.LocalStack;
import io.huiwu.localstack.ServiceSpec;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
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

        // the entry made final by two registrars who did not enter it, then a credential, a desk and a scan
        StaffApi staff = new StaffApi(registration(stack, organizer));
        for (String registrar : List.of("client-registrar", "client-checker")) {
            staff.grantStaffRole(meeting.getId(), new StaffGrantRequest().subject(registrar)
                    .role(MeetingRole.REGISTRAR), null);
        }
        for (String registrar : List.of("client-registrar", "client-checker")) {
            BulkVerificationAnswer verified = new RosterApi(registration(stack,
                    stack.tokens().staff(registrar, Duration.ofHours(1)))).verifyAttendees(meeting.getId(),
                    new BulkVerificationRequest().addEntriesItem(new BulkVerificationEntry()
                            .attendeeId(registered.getId()).version(registered.getVersion())));
            assertEquals(0, verified.getRefused());
        }
        CredentialsApi credentials = new CredentialsApi(registration(stack, organizer));
        CredentialType type = credentials.createCredentialType(meeting.getId(), new CredentialTypeRequest()
                .name("出席证").colour("#C8102E").prefix("CX").categories(Set.of(Category.ATTENDEE)), null);
        BulkIssueResult issued = credentials.issueCredentialsOfType(meeting.getId(), type.getId());
        assertEquals(1, issued.getIssued());
        Credential credential = credentials.listCredentials(meeting.getId(), registered.getId(), 0, 10, null, null)
                .getItems().get(0);
        CheckInApi checkIn = new CheckInApi(registration(stack, organizer));
        CheckInList desk = checkIn.createCheckInList(meeting.getId(), new CheckInListRequest().name("大会报到处")
                .kind(CheckInListKind.DESK).categories(Set.of(Category.ATTENDEE)), null);
        RedeemAnswer answer = checkIn.redeemCheckIn(meeting.getId(), new RedeemRequest().listId(desk.getId())
                .secret(credential.getPayload()).nonce(UUID.randomUUID().toString()), null);
        assertEquals(RedeemAnswer.StatusEnum.OK, answer.getStatus());
        Headcount headcount = checkIn.getHeadcount(desk.getId(), meeting.getId(), null);
        assertEquals(1L, headcount.getCheckedIn());
        assertEquals(1L, headcount.getExpected());

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
