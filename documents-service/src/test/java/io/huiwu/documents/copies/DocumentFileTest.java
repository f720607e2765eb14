package io.huiwu.documents.copies;

import io.agroal.api.AgroalDataSource;
import io.huiwu.chassis.testing.ServiceTestResources;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.security.MessageDigest;
import java.sql.SQLException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A document's file: stored with its hash and size, versions kept, the meeting's size limit, reads audited. */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResources.class, restrictToAnnotatedClass = false)
class DocumentFileTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void eachUploadIsANewVersionKeptWithItsHashAndEveryReadOfASecretIsAudited() throws Exception {
        CopyFixture fixture = new CopyFixture();
        String document = fixture.document("大会选举办法（草案）", "SECRET", 5);
        byte[] first = SampleFiles.pdf("大会选举办法（草案）", 2);
        byte[] second = SampleFiles.docx("大会选举办法（修改稿）");

        given().auth().oauth2(fixture.organizer).get(files(fixture, document)).then().statusCode(200)
                .body("total", equalTo(0));
        given().auth().oauth2(fixture.organizer).get(file(fixture, document)).then().statusCode(404)
                .contentType("application/problem+json");

        upload(fixture, document, SampleFiles.PDF, first, "选举办法.pdf", "upload-1").statusCode(201)
                .header("Location", containsString("version=1")).body("version", equalTo(1))
                .body("sha256", equalTo(sha256(first))).body("sizeBytes", equalTo(first.length))
                .body("mediaType", equalTo(SampleFiles.PDF)).body("fileName", equalTo("选举办法.pdf"))
                .body("stamped", equalTo(true)).body("uploadedBy", equalTo("test-organizer"));
        // the same upload again under its key is answered from the first, nothing stored twice
        upload(fixture, document, SampleFiles.PDF, first, "选举办法.pdf", "upload-1").statusCode(201)
                .header("Idempotent-Replayed", equalTo("true")).body("version", equalTo(1));
        upload(fixture, document, SampleFiles.DOCX, second, null, null).statusCode(201).body("version", equalTo(2))
                .body("stamped", equalTo(false)).body("current", equalTo(true));
        assertEquals(2, count("select count(*) from document_file where document_id = '" + document + "'"));
        assertEquals(sha256(first), text("select sha256 from document_file where document_id = '" + document
                + "' and version = 1"));

        given().auth().oauth2(fixture.organizer).get(files(fixture, document)).then().statusCode(200)
                .body("items.version", equalTo(List.of(1, 2))).body("items.current", equalTo(List.of(false, true)))
                .body("items.mediaType", equalTo(List.of(SampleFiles.PDF, SampleFiles.DOCX)));
        byte[] latest = given().auth().oauth2(fixture.organizer).get(file(fixture, document)).then()
                .statusCode(200).contentType(SampleFiles.DOCX).header("X-File-Version", "2")
                .header("Content-Disposition", containsString("document-v2.docx")).extract().asByteArray();
        assertArrayEquals(second, latest);
        byte[] old = given().auth().oauth2(fixture.organizer).queryParam("version", 1).get(file(fixture, document))
                .then().statusCode(200).contentType(SampleFiles.PDF)
                .header("Digest", equalTo("sha-256=" + Base64.getEncoder().encodeToString(
                        MessageDigest.getInstance("SHA-256").digest(first))))
                .header("Content-Disposition", containsString("filename*=UTF-8''%E9%80%89")).extract().asByteArray();
        assertArrayEquals(first, old);
        given().auth().oauth2(fixture.organizer).queryParam("version", 3).get(file(fixture, document)).then()
                .statusCode(404);
        given().auth().oauth2(fixture.organizer).queryParam("version", 0).get(file(fixture, document)).then()
                .statusCode(400).body("errors[0].field", equalTo("version"));

        given().auth().oauth2(fixture.organizer).queryParam("documentId", document).get(fixture.base() + "/audit")
                .then().statusCode(200).body("items.action", equalTo(List.of("FILES_LISTED", "FILE_UPLOADED",
                        "FILE_UPLOADED", "FILES_LISTED", "FILE_READ", "FILE_READ")))
                .body("items[1].detail.sha256", equalTo(sha256(first))).body("items[1].detail.version", equalTo(1))
                .body("items[5].detail.version", equalTo(1)).body("items[5].actor", equalTo("test-organizer"));
    }

    @Test
    void aFileAboveTheMeetingsLimitOrNotWhatItSaysIsRefusedAndNothingIsStored() {
        CopyFixture fixture = new CopyFixture();
        String document = fixture.document("会议须知", null, null);
        byte[] pdf = SampleFiles.pdf("会议须知", 1);

        given().auth().oauth2(fixture.organizer).get(fixture.base() + "/file-limit").then().statusCode(200)
                .body("maxBytes", equalTo(20 * 1024 * 1024)).body("byDefault", equalTo(true));
        limit(fixture, Map.of("maxBytes", 0)).statusCode(400).body("errors[0].field", equalTo("maxBytes"));
        limit(fixture, Map.of("maxBytes", 200L * 1024 * 1024)).statusCode(400)
                .body("errors[0].field", equalTo("maxBytes"));
        limit(fixture, Map.of("maxBytes", pdf.length - 1)).statusCode(200).body("byDefault", equalTo(false))
                .body("setBy", equalTo("test-organizer"));

        upload(fixture, document, SampleFiles.PDF, pdf, null, null).statusCode(413)
                .contentType("application/problem+json").body("errors[0].field", equalTo("file"))
                .body("errors[0].message", containsString(String.valueOf(pdf.length - 1)));
        limit(fixture, Map.of("maxBytes", 20 * 1024 * 1024)).statusCode(200);
        upload(fixture, document, SampleFiles.PDF, SampleFiles.docx("不是 PDF"), null, null).statusCode(400)
                .body("errors[0].field", equalTo("file"));
        upload(fixture, document, SampleFiles.PDF, SampleFiles.encrypted(pdf), null, null).statusCode(400)
                .body("errors[0].field", equalTo("file")).body("errors[0].message", containsString("password"));
        upload(fixture, document, SampleFiles.PDF, "%PDF-1.7 broken".getBytes(), null, null).statusCode(400)
                .body("errors[0].field", equalTo("file"));
        upload(fixture, document, SampleFiles.PDF, new byte[0], null, null).statusCode(400)
                .body("errors[0].field", equalTo("file"));
        upload(fixture, document, "text/plain", "纯文本".getBytes(), null, null).statusCode(415)
                .contentType(startsWith("application/problem+json"));
        upload(fixture, document, SampleFiles.PDF, pdf, "../../etc/passwd", null).statusCode(400);
        assertEquals(0, count("select count(*) from document_file where document_id = '" + document + "'"));
        assertEquals(0, count("select count(*) from audit_entry where document_id = '" + document + "'"));

        upload(fixture, document, SampleFiles.PDF, pdf, "须知.pdf", null).statusCode(201).body("version", equalTo(1));
        // a public document's reads are not audited; its upload is
        given().auth().oauth2(fixture.organizer).get(file(fixture, document)).then().statusCode(200);
        given().auth().oauth2(fixture.organizer).queryParam("documentId", document).get(fixture.base() + "/audit")
                .then().body("items.action", equalTo(List.of("FILE_UPLOADED")));
    }

    static ValidatableResponse upload(CopyFixture fixture, String document, String mediaType, byte[] content,
            String fileName, String idempotencyKey) {
        var request = given().auth().oauth2(fixture.organizer).contentType(mediaType).body(content);
        if (fileName != null) {
            request = request.queryParam("fileName", fileName);
        }
        if (idempotencyKey != null) {
            request = request.header("Idempotency-Key", idempotencyKey + "-" + fixture.meeting);
        }
        return request.post(fixture.base() + "/documents/" + document + "/file").then();
    }

    private static ValidatableResponse limit(CopyFixture fixture, Object body) {
        return given().auth().oauth2(fixture.organizer).contentType("application/json").body(body)
                .put(fixture.base() + "/file-limit").then();
    }

    private static String file(CopyFixture fixture, String document) {
        return fixture.base() + "/documents/" + document + "/file";
    }

    private static String files(CopyFixture fixture, String document) {
        return fixture.base() + "/documents/" + document + "/files";
    }

    static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }

    private long count(String sql) {
        return Long.parseLong(text(sql));
    }

    private String text(String sql) {
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement();
                var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1).strip();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
