package io.huiwu.registration.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.huiwu.chassis.problem.Language;
import io.huiwu.chassis.problem.Message;
import io.huiwu.chassis.problem.ProblemException;
import io.huiwu.registration.api.AttendeeRequest;
import io.huiwu.registration.api.ImportJobView;
import io.huiwu.registration.domain.Category;
import io.huiwu.registration.domain.DelegationRole;
import io.huiwu.registration.domain.Diet;
import io.huiwu.registration.domain.Ethnicity;
import io.huiwu.registration.domain.Gender;
import io.huiwu.registration.domain.Grade;
import io.huiwu.registration.domain.IdDocumentType;
import io.huiwu.registration.domain.Party;
import io.huiwu.registration.domain.PersonName;
import io.huiwu.registration.domain.RosterColumns;
import io.huiwu.registration.mapping.AttendeeMapping;
import io.huiwu.registration.persistence.ImportJobEntity;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.context.ThreadContext;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * Roster imports from .xlsx or .csv, as asynchronous jobs. Every row is checked first (the same rules as an entry
 * made by hand, plus duplicates within the file); if any row is refused, the job fails listing every refused row
 * with its number and reason and nothing is imported. Otherwise all rows are registered in one transaction.
 * Progress is readable while the job runs. A 随行 row names its principal in the column 随行对象 (see
 * {@link RosterColumns}); a reason never repeats an ID number.
 */
@ApplicationScoped
public class RosterImportService {

    private static final Logger LOG = Logger.getLogger(RosterImportService.class);
    private static final int MAX_ROWS = 20_000;
    private static final int MAX_REPORTED_ERRORS = 1_000;
    private static final int PROGRESS_EVERY = 500;
    /** The first key of import jobs' advisory locks; the second is the job's. */
    private static final int JOB_LOCKS = 0x1A0B;

    private final EntityManager entityManager;
    private final AttendeeService attendees;
    private final MeetingService meetings;
    private final Validator validator;
    private final ManagedExecutor executor;
    private final ObjectMapper json;
    private final TransactionSynchronizationRegistry transactions;
    private final AgroalDataSource dataSource;

    public RosterImportService(EntityManager entityManager, AttendeeService attendees, MeetingService meetings,
            Validator validator, ObjectMapper json, TransactionSynchronizationRegistry transactions,
            AgroalDataSource dataSource) {
        this.entityManager = entityManager;
        this.dataSource = dataSource;
        this.attendees = attendees;
        this.meetings = meetings;
        this.validator = validator;
        // jobs run on their own: no caller's transaction follows them onto the worker thread
        this.executor = ManagedExecutor.builder().cleared(ThreadContext.TRANSACTION)
                .propagated(ThreadContext.ALL_REMAINING).build();
        this.json = json;
        this.transactions = transactions;
    }

    @PreDestroy
    void stop() {
        executor.shutdown();
    }

    /** Records the job and starts it; returns at once. */
    public ImportJobView start(UUID meetingId, byte[] file, RosterSheets.Format format, String fileName,
            String actor) {
        if (file.length == 0) {
            throw ProblemException.badRequest(Message.of("The uploaded file is empty", "上传的文件是空的"));
        }
        UUID id = UUID.randomUUID();
        // inside a caller's transaction (an Idempotency-Key's), the job is recorded with it and starts once it
        // commits; a job whose record was rolled back never runs
        boolean inCallersTransaction = transactions.getTransactionStatus() == Status.STATUS_ACTIVE;
        QuarkusTransaction.joiningExisting().run(() -> {
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
        Runnable launch = () -> executor.runAsync(() -> run(id, meetingId, file, format, actor));
        if (inCallersTransaction) {
            ImportJobView queued = view(entityManager.find(ImportJobEntity.class, id));
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        launch.run();
                    }
                }
            });
            return queued;
        }
        launch.run();
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

    /**
     * Jobs cut short by a restart are failed, so nobody waits for them. With several instances, a job another
     * instance is running holds its advisory lock and is left alone; only jobs nobody holds are failed (a job queued
     * in the last minute may be about to start elsewhere, so it is left too).
     */
    void failInterrupted(@Observes StartupEvent event) {
        failInterruptedJobs();
    }

    /** Fails the open jobs that no instance is running; returns how many. */
    public int failInterruptedJobs() {
        int failed = 0;
        List<UUID> open = QuarkusTransaction.requiringNew().call(() -> entityManager.createQuery("select j.id from"
                + " ImportJobEntity j where j.status = 'RUNNING' or (j.status = 'QUEUED' and j.createdAt < :recent)",
                UUID.class).setParameter("recent", MeetingService.now().minusMinutes(1)).getResultList());
        for (UUID id : open) {
            try (Connection connection = dataSource.getConnection()) {
                if (tryLock(connection, id)) {
                    try {
                        QuarkusTransaction.requiringNew().run(() -> entityManager.createQuery("update ImportJobEntity"
                                        + " j set j.status = 'FAILED', j.finishedAt = :now, j.errors = :errors"
                                        + " where j.id = :id and j.status in ('QUEUED', 'RUNNING')")
                                .setParameter("id", id)
                                .setParameter("now", MeetingService.now())
                                .setParameter("errors", "[{\"row\":0,\"field\":\"file\",\"message\":\"the service"
                                        + " restarted while importing; nothing was imported; upload the file again\"}]")
                                .executeUpdate());
                        failed++;
                    } finally {
                        unlock(connection, id);
                    }
                }
            } catch (SQLException e) {
                LOG.warnf("Could not check import job %s: %s", id, e.getMessage());
            }
        }
        return failed;
    }

    /** Holds a job's advisory lock while it runs, on a connection of its own outside any transaction. */
    private static boolean tryLock(Connection connection, UUID id) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("select pg_try_advisory_lock(?, ?)")) {
            lock.setInt(1, JOB_LOCKS);
            lock.setInt(2, id.hashCode());
            try (ResultSet row = lock.executeQuery()) {
                return row.next() && row.getBoolean(1);
            }
        }
    }

    private static void unlock(Connection connection, UUID id) throws SQLException {
        try (PreparedStatement unlock = connection.prepareStatement("select pg_advisory_unlock(?, ?)")) {
            unlock.setInt(1, JOB_LOCKS);
            unlock.setInt(2, id.hashCode());
            unlock.execute();
        }
    }

    private void run(UUID id, UUID meetingId, byte[] file, RosterSheets.Format format, String actor) {
        try (Connection lock = dataSource.getConnection()) {
            tryLock(lock, id);
            try {
                runLocked(id, meetingId, file, format, actor);
            } finally {
                unlock(lock, id);
            }
        } catch (SQLException e) {
            LOG.warnf("Import job %s: its lock connection failed: %s", id, e.getMessage());
        }
    }

    private void runLocked(UUID id, UUID meetingId, byte[] file, RosterSheets.Format format, String actor) {
        try {
            List<List<String>> rows = RosterSheets.read(file, format);
            update(id, job -> {
                job.status = "RUNNING";
                job.totalRows = Math.max(0, rows.size() - 1);
            });
            List<ImportJobView.RowError> errors = new ArrayList<>();
            List<AttendeeService.NewEntry> entries = check(id, meetingId, rows, errors);
            if (!errors.isEmpty()) {
                finish(id, "FAILED", 0, errors);
                return;
            }
            int imported = attendees.registerAll(meetingId, entries, actor);
            finish(id, "SUCCEEDED", imported, List.of());
        } catch (IOException | IllegalArgumentException e) {
            finish(id, "FAILED", 0, List.of(new ImportJobView.RowError(0, "file", e.getMessage())));
        } catch (RuntimeException e) {
            LOG.errorf(e, "Import %s failed", id);
            finish(id, "FAILED", 0, List.of(new ImportJobView.RowError(0, "file",
                    "the roster changed while importing (" + rootMessage(e) + "); nothing was imported; try again")));
        }
    }

    /** A row read into a request, with the id its entry will have and the principal it names, if any. */
    private record ReadRow(int row, UUID id, AttendeeRequest request, RosterColumns.PrincipalReference principal) {
    }

    private List<AttendeeService.NewEntry> check(UUID id, UUID meetingId, List<List<String>> rows,
            List<ImportJobView.RowError> errors) {
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("the file has no rows");
        }
        if (rows.size() - 1 > MAX_ROWS) {
            throw new IllegalArgumentException("the file has " + (rows.size() - 1) + " rows; at most " + MAX_ROWS
                    + " can be imported at once");
        }
        Map<RosterColumns.Column, Integer> layout = RosterColumns.layout(rows.get(0));
        Map<String, AttendeeService.RosterMember> onRoster = attendees.byIdNumber(meetingId);
        LocalDate today = RosterEntryChecks.today();
        Map<String, Integer> idNumbersInFile = new HashMap<>();
        Map<Integer, ReadRow> read = new HashMap<>();
        Set<Integer> peopleRows = new HashSet<>();
        List<ReadRow> accepted = new ArrayList<>();
        for (int r = 1; r < rows.size(); r++) {
            int rowNumber = r + 1;
            List<String> cells = rows.get(r);
            if (cells.stream().allMatch(String::isBlank)) {
                continue;
            }
            peopleRows.add(rowNumber);
            int before = errors.size();
            ReadRow row = read(cells, layout, rowNumber, errors);
            if (row != null) {
                read.put(rowNumber, row);
                AttendeeRequest request = row.request();
                for (ConstraintViolation<AttendeeRequest> violation : validator.validate(request)) {
                    errors.add(new ImportJobView.RowError(rowNumber, violation.getPropertyPath().toString(),
                            violation.getMessage()));
                }
                for (ProblemException.FieldIssue issue : RosterEntryChecks.issues(request, today)) {
                    errors.add(new ImportJobView.RowError(rowNumber, issue.field(),
                            issue.message().in(Language.ENGLISH)));
                }
                String idNumber = AttendeeMapping.idNumber(request);
                if (idNumber != null) {
                    if (onRoster.containsKey(idNumber)) {
                        errors.add(new ImportJobView.RowError(rowNumber, "idNumber",
                                "is already on this meeting's roster"));
                    } else if (idNumbersInFile.putIfAbsent(idNumber, rowNumber) != null) {
                        errors.add(new ImportJobView.RowError(rowNumber, "idNumber",
                                "is the same as on row " + idNumbersInFile.get(idNumber)));
                    }
                }
                boolean accompanying = request.category() == Category.ACCOMPANYING;
                if (accompanying && row.principal() == null) {
                    errors.add(new ImportJobView.RowError(rowNumber, "principalId", "is required for 随行 rows: "
                            + "name the principal in the column 随行对象 by their row (第5行) or ID number"));
                } else if (!accompanying && row.principal() != null) {
                    errors.add(new ImportJobView.RowError(rowNumber, "principalId", "is only for 随行 rows"));
                }
            }
            if (errors.size() == before && row != null) {
                accepted.add(row);
            }
            if (r % PROGRESS_EVERY == 0) {
                int processed = r;
                update(id, job -> job.processedRows = processed);
            }
        }
        List<AttendeeService.NewEntry> entries = new ArrayList<>();
        for (ReadRow row : accepted) {
            UUID principal = null;
            if (row.principal() != null) {
                principal = principal(meetingId, row, read, peopleRows, idNumbersInFile, onRoster, errors);
                if (principal == null) {
                    continue;
                }
            }
            entries.add(new AttendeeService.NewEntry(row.id(), withPrincipal(row.request(), principal)));
        }
        int processed = rows.size() - 1;
        update(id, job -> job.processedRows = processed);
        if (entries.isEmpty() && errors.isEmpty()) {
            throw new IllegalArgumentException("the file has headings but no rows of people");
        }
        return entries;
    }

    /**
     * The id of the principal a 随行 row names: a row of the file, an entry of the roster by ID number or by id; it
     * must not be accompanying someone itself. Null, with the reason among the errors, when there is none. A row
     * that names a row refused for its own reasons adds no error of its own.
     */
    private UUID principal(UUID meetingId, ReadRow row, Map<Integer, ReadRow> read, Set<Integer> peopleRows,
            Map<String, Integer> idNumbersInFile, Map<String, AttendeeService.RosterMember> onRoster,
            List<ImportJobView.RowError> errors) {
        RosterColumns.PrincipalReference reference = row.principal();
        Integer principalRow = reference.row() != null ? reference.row()
                : reference.idNumber() != null ? idNumbersInFile.get(reference.idNumber()) : null;
        UUID principal;
        Category category;
        if (principalRow != null) {
            if (principalRow == row.row()) {
                errors.add(new ImportJobView.RowError(row.row(), "principalId", "names this row itself"));
                return null;
            }
            ReadRow named = read.get(principalRow);
            if (named == null) {
                if (!peopleRows.contains(principalRow)) {
                    errors.add(new ImportJobView.RowError(row.row(), "principalId", "names row " + principalRow
                            + ", which holds nobody"));
                }
                return null;
            }
            principal = named.id();
            category = named.request().category();
        } else {
            Optional<AttendeeService.RosterMember> member = reference.attendeeId() != null
                    ? attendees.activeMember(meetingId, reference.attendeeId())
                    : Optional.ofNullable(onRoster.get(reference.idNumber()));
            if (member.isEmpty()) {
                errors.add(new ImportJobView.RowError(row.row(), "principalId", reference.attendeeId() != null
                        ? "is not an active attendee of this meeting"
                        : "matches the ID number of no row of this file and no entry of the roster"));
                return null;
            }
            principal = member.get().id();
            category = member.get().category();
        }
        if (category == Category.ACCOMPANYING) {
            errors.add(new ImportJobView.RowError(row.row(), "principalId",
                    "names someone who is accompanying someone else"));
            return null;
        }
        return principal;
    }

    /** A row's cells as a request; null, with every unreadable cell among the errors, when some cannot be read. */
    private static ReadRow read(List<String> cells, Map<RosterColumns.Column, Integer> layout, int row,
            List<ImportJobView.RowError> errors) {
        int before = errors.size();
        String name = cell(cells, layout, RosterColumns.Column.NAME);
        String gender = cell(cells, layout, RosterColumns.Column.GENDER);
        String category = cell(cells, layout, RosterColumns.Column.CATEGORY);
        if (name == null || gender == null || category == null) {
            errors.add(new ImportJobView.RowError(row, name == null ? "name" : gender == null ? "gender"
                    : "category", "must not be empty"));
            return null;
        }
        Gender genderValue = parse(cells, layout, RosterColumns.Column.GENDER, RosterColumns::gender, row, errors);
        Category categoryValue = parse(cells, layout, RosterColumns.Column.CATEGORY, RosterColumns::category, row,
                errors);
        Integer rank = parse(cells, layout, RosterColumns.Column.RANK, text -> {
            try {
                return Integer.valueOf(text.replace(".0", ""));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("must be a whole number, not " + text);
            }
        }, row, errors);
        IdDocumentType idType = parse(cells, layout, RosterColumns.Column.ID_TYPE, RosterColumns::idType, row,
                errors);
        Ethnicity ethnicity = parse(cells, layout, RosterColumns.Column.ETHNICITY, RosterColumns::ethnicity, row,
                errors);
        Party party = parse(cells, layout, RosterColumns.Column.PARTY, RosterColumns::party, row, errors);
        Grade grade = parse(cells, layout, RosterColumns.Column.GRADE, RosterColumns::grade, row, errors);
        DelegationRole delegationRole = parse(cells, layout, RosterColumns.Column.DELEGATION_ROLE,
                RosterColumns::delegationRole, row, errors);
        Set<Diet> diet = parse(cells, layout, RosterColumns.Column.DIET, RosterColumns::diet, row, errors);
        RosterColumns.PrincipalReference principal = parse(cells, layout, RosterColumns.Column.PRINCIPAL,
                RosterColumns::principal, row, errors);
        if (errors.size() > before) {
            return null;
        }
        AttendeeRequest request = new AttendeeRequest(PersonName.normalize(name), genderValue, categoryValue,
                cell(cells, layout, RosterColumns.Column.DELEGATION), cell(cells, layout, RosterColumns.Column.UNIT),
                cell(cells, layout, RosterColumns.Column.TITLE), rank, cell(cells, layout, RosterColumns.Column.PHONE),
                idType, cell(cells, layout, RosterColumns.Column.ID_NUMBER), null,
                ethnicity == null ? null : ethnicity.code(), cell(cells, layout, RosterColumns.Column.SECTOR), party,
                grade, delegationRole, diet, cell(cells, layout, RosterColumns.Column.ACCESSIBILITY_NEEDS),
                cell(cells, layout, RosterColumns.Column.HEALTH_NEEDS));
        return new ReadRow(row, UUID.randomUUID(), request, principal);
    }

    /** A cell read by a parser of {@link RosterColumns}; null when empty or unreadable, the reason among the errors. */
    private static <T> T parse(List<String> cells, Map<RosterColumns.Column, Integer> layout,
            RosterColumns.Column column, Function<String, T> parser, int row, List<ImportJobView.RowError> errors) {
        String text = cell(cells, layout, column);
        if (text == null) {
            return null;
        }
        try {
            return parser.apply(text);
        } catch (IllegalArgumentException e) {
            errors.add(new ImportJobView.RowError(row, column.field(), e.getMessage()));
            return null;
        }
    }

    private static AttendeeRequest withPrincipal(AttendeeRequest r, UUID principalId) {
        return new AttendeeRequest(r.name(), r.gender(), r.category(), r.delegation(), r.unit(), r.title(), r.rank(),
                r.phone(), r.idType(), r.idNumber(), principalId, r.ethnicity(), r.sector(), r.party(), r.grade(),
                r.delegationRole(), r.diet(), r.accessibilityNeeds(), r.healthNeeds());
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
