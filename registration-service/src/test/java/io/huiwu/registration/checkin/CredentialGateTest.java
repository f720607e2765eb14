package io.huiwu.registration.checkin;

import com.lowagie.text.pdf.PdfReader;
import io.agroal.api.AgroalDataSource;
import io.huiwu.chassis.testing.ServiceTestResources;
import io.huiwu.chassis.testing.TestTokens;
import io.huiwu.registration.rest.Fixtures;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A roster with no errors, enforced: a credential is issued, reissued and printed only for someone whose roster entry
 * is final (its current version verified, or let pass by an organizer), and a refusal changes nothing.
 */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResources.class, restrictToAnnotatedClass = false)
class CredentialGateTest {

    private static final String ORGANIZER = TestTokens.person("organizer-a");
    private static final String REGISTRAR = TestTokens.person("desk-clerk");
    private static final String OTHER_REGISTRAR = TestTokens.role("registrar");

    @Inject
    AgroalDataSource dataSource;

    /**
     * A meeting (2 verifications) with 王芳 verified, 李强 verified once, 张敏 not at all, 赵磊 verified once and let
     * pass by an organizer, and a type 出席证 for them all.
     */
    private static final class Roster {
        final String meeting = Fixtures.meeting("证件把关会议", "organizer-a", 2);
        final Map<String, String> people = new HashMap<>();
        final String type;

        Roster() {
            Fixtures.grant(meeting, "desk-clerk", "registrar");
            for (String name : new String[] {"王芳", "李强", "张敏", "赵磊"}) {
                people.put(name, given().auth().oauth2(ORGANIZER).contentType(ContentType.JSON)
                        .body("{\"name\":\"" + name + "\",\"gender\":\"MALE\",\"category\":\"ATTENDEE\"}")
                        .when().post("/api/v1/meetings/" + meeting + "/attendees")
                        .then().statusCode(201).extract().path("id"));
            }
            verify(REGISTRAR, "王芳", "李强", "赵磊");
            verify(OTHER_REGISTRAR, "王芳");
            given().auth().oauth2(ORGANIZER).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                    .body("{\"reason\":\"身份已由代表资格审查委员会确认\"}")
                    .when().post("/api/v1/meetings/" + meeting + "/attendees/" + people.get("赵磊")
                            + "/verification-override")
                    .then().statusCode(200);
            type = given().auth().oauth2(ORGANIZER).contentType(ContentType.JSON)
                    .body("{\"name\":\"出席证\",\"colour\":\"#C8102E\",\"prefix\":\"CX\",\"categories\":[\"ATTENDEE\"]}")
                    .when().post("/api/v1/meetings/" + meeting + "/credential-types").then().statusCode(201)
                    .extract().path("id");
        }

        void verify(String token, String... names) {
            StringBuilder entries = new StringBuilder();
            for (String name : names) {
                entries.append(entries.isEmpty() ? "" : ",").append("{\"attendeeId\":\"").append(people.get(name))
                        .append("\",\"version\":").append(version(name)).append('}');
            }
            given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"entries\":[" + entries + "]}")
                    .when().post("/api/v1/meetings/" + meeting + "/attendees/verifications")
                    .then().statusCode(200).body("verified", equalTo(names.length));
        }

        int version(String name) {
            return given().auth().oauth2(ORGANIZER).when().get("/api/v1/meetings/" + meeting + "/attendees/"
                    + people.get(name)).then().statusCode(200).extract().path("version");
        }

        /** A correction by the organizer: a new version, which needs verifying again. */
        void edit(String name) {
            given().auth().oauth2(ORGANIZER).contentType(ContentType.JSON)
                    .header("If-Match", "\"" + version(name) + "\"")
                    .body("{\"name\":\"" + name + "\",\"gender\":\"MALE\",\"category\":\"ATTENDEE\",\"title\":\"代表\"}")
                    .when().put("/api/v1/meetings/" + meeting + "/attendees/" + people.get(name))
                    .then().statusCode(200).body("verification.state", equalTo("UNVERIFIED"));
        }

        ValidatableResponse issue(String name) {
            return given().auth().oauth2(REGISTRAR).contentType(ContentType.JSON)
                    .body("{\"attendeeId\":\"" + people.get(name) + "\",\"typeId\":\"" + type + "\"}")
                    .when().post("/api/v1/meetings/" + meeting + "/credentials").then();
        }

        ValidatableResponse issueAll() {
            return given().auth().oauth2(ORGANIZER)
                    .when().post("/api/v1/meetings/" + meeting + "/credential-types/" + type + "/issue-all").then();
        }

        String credentialOf(String name) {
            List<String> ids = given().auth().oauth2(ORGANIZER).queryParam("attendeeId", people.get(name))
                    .queryParam("status", "ACTIVE")
                    .when().get("/api/v1/meetings/" + meeting + "/credentials").then().statusCode(200)
                    .extract().path("items.id");
            assertEquals(1, ids.size(), name + " holds one active credential");
            return ids.get(0);
        }

        ValidatableResponse print(String query) {
            return given().auth().oauth2(REGISTRAR)
                    .when().get("/api/v1/meetings/" + meeting + "/credentials/print" + query).then();
        }
    }

    @Test
    void oneCredentialIsIssuedOnlyToAFinalEntry() throws SQLException {
        Roster r = new Roster();
        r.issue("张敏").statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:huiwu:problem:not-verified"))
                .body("title", equalTo("The roster entry is not verified"))
                .body("detail", containsString("张敏 (attendee " + r.people.get("张敏") + ") is not verified"))
                .body("detail", containsString("version 0 of the entry has 0 of the 2 verifications"));
        given().auth().oauth2(REGISTRAR).header("Accept-Language", "zh-CN").contentType(ContentType.JSON)
                .body("{\"attendeeId\":\"" + r.people.get("李强") + "\",\"typeId\":\"" + r.type + "\"}")
                .when().post("/api/v1/meetings/" + r.meeting + "/credentials")
                .then().statusCode(409).body("title", equalTo("名册条目尚未核对确认"))
                .body("detail", containsString("已有 1 次核对，会议要求 2 次"));
        assertEquals(0, credentials(r.meeting));

        r.issue("王芳").statusCode(201).body("number", equalTo("CX0001"));
        r.issue("赵磊").statusCode(201).body("number", equalTo("CX0002"));
        r.verify(OTHER_REGISTRAR, "李强");
        r.issue("李强").statusCode(201).body("number", equalTo("CX0003"));
        assertEquals(3, credentials(r.meeting));
    }

    @Test
    void issuingToEveryoneSkipsTheUnverifiedAndSaysWhoAndWhy() throws SQLException {
        Roster r = new Roster();
        r.issueAll().statusCode(200)
                .body("issued", equalTo(2)).body("alreadyHad", equalTo(0))
                .body("notVerified", hasSize(2))
                .body("notVerified.attendeeId", containsInAnyOrder(r.people.get("李强"), r.people.get("张敏")))
                .body("notVerified.find { it.name == '李强' }.verification", equalTo("PARTIAL"))
                .body("notVerified.find { it.name == '李强' }.verifications", equalTo(1))
                .body("notVerified.find { it.name == '李强' }.required", equalTo(2))
                .body("notVerified.find { it.name == '张敏' }.verification", equalTo("UNVERIFIED"))
                .body("notVerified.find { it.name == '张敏' }.version", equalTo(0));
        assertEquals(0, credentialsOf(r.people.get("李强")));
        assertEquals(0, credentialsOf(r.people.get("张敏")));
        assertEquals(1, credentialsOf(r.people.get("赵磊")));

        r.verify(OTHER_REGISTRAR, "李强");
        r.issueAll().statusCode(200)
                .body("issued", equalTo(1)).body("alreadyHad", equalTo(2))
                .body("notVerified.name", containsInAnyOrder("张敏"));
        assertEquals(3, credentials(r.meeting));
    }

    @Test
    void aCredentialIsNotReissuedToAnEntryEditedSinceItWasVerified() throws SQLException {
        Roster r = new Roster();
        r.issue("王芳").statusCode(201);
        String old = r.credentialOf("王芳");
        r.edit("王芳");
        given().auth().oauth2(REGISTRAR).contentType(ContentType.JSON).body("{\"reason\":\"证件遗失\"}")
                .when().post("/api/v1/meetings/" + r.meeting + "/credentials/" + old + "/reissue")
                .then().statusCode(409).body("type", equalTo("urn:huiwu:problem:not-verified"))
                .body("detail", containsString("version 1 of the entry has 0 of the 2"));
        // nothing changed: the old one is still active, and there is no other
        given().auth().oauth2(REGISTRAR).when().get("/api/v1/meetings/" + r.meeting + "/credentials/" + old)
                .then().statusCode(200).body("status", equalTo("ACTIVE"));
        assertEquals(1, credentialsOf(r.people.get("王芳")));

        r.verify(REGISTRAR, "王芳");
        r.verify(OTHER_REGISTRAR, "王芳");
        given().auth().oauth2(REGISTRAR).contentType(ContentType.JSON).body("{\"reason\":\"证件遗失\"}")
                .when().post("/api/v1/meetings/" + r.meeting + "/credentials/" + old + "/reissue")
                .then().statusCode(201).body("number", equalTo("CX0002"));
    }

    @Test
    void printingLeavesOutCredentialsOfUnverifiedHoldersAndRefusesOneNamed() throws IOException {
        Roster r = new Roster();
        r.verify(OTHER_REGISTRAR, "李强");
        r.issueAll().statusCode(200).body("issued", equalTo(3));
        byte[] all = r.print("?layout=ONE").statusCode(200).contentType("application/pdf")
                .header("Left-Out-Unverified", "0").extract().asByteArray();
        assertEquals(3, pages(all), "one card to a page");

        String li = r.credentialOf("李强");
        r.edit("李强");
        byte[] fewer = r.print("?layout=ONE&typeId=" + r.type).statusCode(200).contentType("application/pdf")
                .header("Left-Out-Unverified", "1").extract().asByteArray();
        assertEquals(2, pages(fewer));
        // named on purpose, it is refused, alone or among others
        r.print("?id=" + li).statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:huiwu:problem:not-verified"))
                .body("detail", containsString("Credential CX0002 must not be printed: 李强 (attendee "));
        r.print("?id=" + r.credentialOf("王芳") + "&id=" + li).statusCode(409);
        byte[] one = r.print("?layout=ONE&id=" + r.credentialOf("赵磊")).statusCode(200)
                .header("Left-Out-Unverified", "0").extract().asByteArray();
        assertEquals(1, pages(one), "an overridden entry's credential prints");

        // when every credential would be left out, the print says why instead of an empty document
        r.edit("王芳");
        r.edit("赵磊");
        r.print("?layout=FOUR").statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:huiwu:problem:not-verified"))
                .body("detail", containsString("None of the 3 active credentials can be printed"));
        r.print("?typeId=" + UUID.randomUUID()).statusCode(404);
    }

    private static int pages(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        try {
            return reader.getNumberOfPages();
        } finally {
            reader.close();
        }
    }

    private long credentials(String meeting) throws SQLException {
        return count("select count(*) from credential where meeting_id = ?", meeting);
    }

    private long credentialsOf(String attendee) throws SQLException {
        return count("select count(*) from credential where attendee_id = ?", attendee);
    }

    private long count(String sql, String id) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, UUID.fromString(id));
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
