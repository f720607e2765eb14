package io.huiwu.registration.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.huiwu.chassis.problem.Message;
import io.huiwu.chassis.problem.ProblemException;
import io.huiwu.registration.api.AttendeeRequest;
import io.huiwu.registration.api.ImportJobView;
import io.huiwu.registration.domain.Category;
import io.huiwu.registration.domain.PersonName;
import io.huiwu.registration.domain.PersonalData;
import io.huiwu.registration.domain.RosterColumns;
import io.huiwu.registration.persistence.ImportJobEntity;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Roster imports from .xlsx or .csv, as asynchronous jobs. Every row is checked first (the same rules as an entry
 * made by hand, plus duplicates within the file); if any row is refused, the job fails listing every refused row
 * with its number and reason and nothing is imported. Otherwise all rows are registered in one transaction.
 * Progress is readable while the job runs.
 */
@ApplicationScoped
public class RosterImportService {

    private static final Logger LOG = Logger.getLogger(RosterImportService.class);
    private static final int MAX_ROWS = 20_000;
    private static final int MAX_REPORTED_ERRORS = 1_000;
    private static final int PROGRESS_EVERY = 500;

    private final EntityManager entityManager;
    private final AttendeeService attendees;
    private final MeetingService meetings;
    private final Validator validator;
    private final ManagedExecutor executor;
    private final ObjectMapper json;

    public RosterImportService(EntityManager entityManager, AttendeeService attendees, MeetingService meetings,
            Validator validator, ManagedExecutor executor, ObjectMapper json) {
        this.entityManager = entityManager;
        this.attendees = attendees;
        this.meetings = meetings;
        this.validator = validator;
        this.executor = executor;
        this.json = json;
    }

    /** Records the job and starts it; returns at once. */
    public ImportJobView start(UUID meetingId, byte[] file, RosterSheets.Format format, String fileName,
            String actor) {
        if (file.length == 0) {
            throw ProblemException.badRequest(Message.of("The uploaded file is empty", "上传的文件是空的"));
        }
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            meetings.require(meetingId);
            ImportJobEntity job = new ImportJobEntity();
            job.id = id;
            job.meetingId = meetingId;
            job.fileName = fileName;
            job.format = format.name();
            job.status = "QUEUED";
            job.createdBy = actor;
            job.createdAt = MeetingService.now();
            entityManager.persist(job);
        });
        executor.runAsync(() -> run(id, meetingId, file, format, actor));
        return get(meetingId, id);
    }

    public ImportJobView get(UUID meetingId, UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            ImportJobEntity job = entityManager.find(ImportJobEntity.class, id);
            if (job == null || !job.meetingId.equals(meetingId)) {
                throw ProblemException.notFound(RecordNames.IMPORT, id);
            }
            return view(job);
        });
    }

    /** Jobs cut short by a restart are failed, so nobody waits for them. */
    void failInterrupted(@Observes StartupEvent event) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createQuery("update ImportJobEntity j"
                        + " set j.status = 'FAILED', j.finishedAt = :now, j.errors = :errors"
                        + " where j.status in ('QUEUED', 'RUNNING')")
                .setParameter("now", MeetingService.now())
                .setParameter("errors", "[{\"row\":0,\"field\":\"file\",\"message\":\"the service restarted while"
                        + " importing; nothing was imported; upload the file again\"}]")
                .executeUpdate());
    }

    private void run(UUID id, UUID meetingId, byte[] file, RosterSheets.Format format, String actor) {
        try {
            List<List<String>> rows = RosterSheets.read(file, format);
            update(id, job -> {
                job.status = "RUNNING";
                job.totalRows = Math.max(0, rows.size() - 1);
            });
            List<ImportJobView.RowError> errors = new ArrayList<>();
            List<AttendeeRequest> requests = check(id, meetingId, rows, errors);
            if (!errors.isEmpty()) {
                finish(id, "FAILED", 0, errors);
                return;
            }
            int imported = attendees.registerAll(meetingId, requests, actor);
            finish(id, "SUCCEEDED", imported, List.of());
        } catch (IOException | IllegalArgumentException e) {
            finish(id, "FAILED", 0, List.of(new ImportJobView.RowError(0, "file", e.getMessage())));
        } catch (RuntimeException e) {
            LOG.errorf(e, "Import %s failed", id);
            finish(id, "FAILED", 0, List.of(new ImportJobView.RowError(0, "file",
                    "the roster changed while importing (" + rootMessage(e) + "); nothing was imported; try again")));
        }
    }

    private List<AttendeeRequest> check(UUID id, UUID meetingId, List<List<String>> rows,
            List<ImportJobView.RowError> errors) {
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("the file has no rows");
        }
        if (rows.size() - 1 > MAX_ROWS) {
            throw new IllegalArgumentException("the file has " + (rows.size() - 1) + " rows; at most " + MAX_ROWS
                    + " can be imported at once");
        }
        Map<RosterColumns.Column, Integer> layout = RosterColumns.layout(rows.get(0));
        Set<String> idNumbersOnRoster = attendees.idNumbers(meetingId);
        Map<String, Integer> idNumbersInFile = new HashMap<>();
        List<AttendeeRequest> requests = new ArrayList<>();
        for (int r = 1; r < rows.size(); r++) {
            int rowNumber = r + 1;
            List<String> cells = rows.get(r);
            if (cells.stream().allMatch(String::isBlank)) {
                continue;
            }
            int before = errors.size();
            AttendeeRequest request = toRequest(cells, layout, rowNumber, errors);
            if (request != null) {
                for (ConstraintViolation<AttendeeRequest> violation : validator.validate(request)) {
                    errors.add(new ImportJobView.RowError(rowNumber, violation.getPropertyPath().toString(),
                            violation.getMessage()));
                }
                if (request.idNumber() != null) {
                    String idNumber = request.idNumber().toUpperCase();
                    if (!PersonalData.isValidIdNumber(idNumber)) {
                        errors.add(new ImportJobView.RowError(rowNumber, "idNumber",
                                "is not a valid resident ID number (check the date of birth and the last character)"));
                    } else if (idNumbersOnRoster.contains(idNumber)) {
                        errors.add(new ImportJobView.RowError(rowNumber, "idNumber",
                                "is already on this meeting's roster"));
                    } else if (idNumbersInFile.putIfAbsent(idNumber, rowNumber) != null) {
                        errors.add(new ImportJobView.RowError(rowNumber, "idNumber",
                                "is the same as on row " + idNumbersInFile.get(idNumber)));
                    }
                }
                if (request.category() == Category.ACCOMPANYING) {
                    errors.add(new ImportJobView.RowError(rowNumber, "category",
                            "accompanying people are registered one by one, naming whom they accompany"));
                }
            }
            if (errors.size() == before && request != null) {
                requests.add(request);
            }
            if (r % PROGRESS_EVERY == 0) {
                int processed = r;
                update(id, job -> job.processedRows = processed);
            }
        }
        int processed = rows.size() - 1;
        update(id, job -> job.processedRows = processed);
        if (requests.isEmpty() && errors.isEmpty()) {
            throw new IllegalArgumentException("the file has headings but no rows of people");
        }
        return requests;
    }

    private static AttendeeRequest toRequest(List<String> cells, Map<RosterColumns.Column, Integer> layout,
            int row, List<ImportJobView.RowError> errors) {
        try {
            String rank = cell(cells, layout, RosterColumns.Column.RANK);
            Integer rankValue = null;
            if (rank != null) {
                try {
                    rankValue = Integer.valueOf(rank.replace(".0", ""));
                } catch (NumberFormatException e) {
                    errors.add(new ImportJobView.RowError(row, "rank", "must be a whole number, not " + rank));
                    return null;
                }
            }
            String name = cell(cells, layout, RosterColumns.Column.NAME);
            String gender = cell(cells, layout, RosterColumns.Column.GENDER);
            String category = cell(cells, layout, RosterColumns.Column.CATEGORY);
            if (name == null || gender == null || category == null) {
                errors.add(new ImportJobView.RowError(row, name == null ? "name" : gender == null ? "gender"
                        : "category", "must not be empty"));
                return null;
            }
            return new AttendeeRequest(PersonName.normalize(name), RosterColumns.gender(gender),
                    RosterColumns.category(category), cell(cells, layout, RosterColumns.Column.DELEGATION),
                    cell(cells, layout, RosterColumns.Column.UNIT), cell(cells, layout, RosterColumns.Column.TITLE),
                    rankValue, cell(cells, layout, RosterColumns.Column.PHONE),
                    cell(cells, layout, RosterColumns.Column.ID_NUMBER), null);
        } catch (IllegalArgumentException e) {
            String field = e.getMessage().startsWith("gender") ? "gender" : "category";
            errors.add(new ImportJobView.RowError(row, field, e.getMessage()));
            return null;
        }
    }

    private static String cell(List<String> cells, Map<RosterColumns.Column, Integer> layout,
            RosterColumns.Column column) {
        Integer index = layout.get(column);
        if (index == null || index >= cells.size()) {
            return null;
        }
        String value = cells.get(index);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private void finish(UUID id, String status, int imported, List<ImportJobView.RowError> errors) {
        List<ImportJobView.RowError> reported = errors.stream()
                .sorted(Comparator.comparingInt(ImportJobView.RowError::row)).limit(MAX_REPORTED_ERRORS).toList();
        update(id, job -> {
            job.status = status;
            job.imported = imported;
            job.finishedAt = MeetingService.now();
            try {
                job.errors = reported.isEmpty() ? null : json.writeValueAsString(reported);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private void update(UUID id, java.util.function.Consumer<ImportJobEntity> change) {
        QuarkusTransaction.requiringNew().run(() -> change.accept(entityManager.find(ImportJobEntity.class, id)));
    }

    private ImportJobView view(ImportJobEntity job) {
        List<ImportJobView.RowError> errors = List.of();
        if (job.errors != null) {
            try {
                errors = json.readValue(job.errors, new TypeReference<>() {
                });
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
        return new ImportJobView(job.id, job.meetingId, job.fileName, job.format, job.status, job.totalRows,
                job.processedRows, job.imported, errors, job.createdAt, job.finishedAt);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
