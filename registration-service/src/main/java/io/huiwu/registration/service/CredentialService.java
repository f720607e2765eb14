package io.huiwu.registration.service;

import io.huiwu.chassis.problem.Message;
import io.huiwu.chassis.problem.ProblemException;
import io.huiwu.chassis.problem.ProblemType;
import io.huiwu.chassis.web.PageRequest;
import io.huiwu.chassis.web.PageResult;
import io.huiwu.chassis.web.Versions;
import io.huiwu.registration.api.BulkIssueView;
import io.huiwu.registration.api.CredentialTypeRequest;
import io.huiwu.registration.api.CredentialTypeView;
import io.huiwu.registration.api.CredentialView;
import io.huiwu.registration.domain.AttendeeStatus;
import io.huiwu.registration.domain.CredentialHolder;
import io.huiwu.registration.domain.CredentialPayload;
import io.huiwu.registration.domain.CredentialStatus;
import io.huiwu.registration.domain.MeetingTime;
import io.huiwu.registration.event.CredentialEvents;
import io.huiwu.registration.mapping.CredentialMapping;
import io.huiwu.registration.persistence.AttendeeEntity;
import io.huiwu.registration.persistence.AttendeeRepository;
import io.huiwu.registration.persistence.CheckInRepositories;
import io.huiwu.registration.persistence.CredentialEntity;
import io.huiwu.registration.persistence.CredentialTypeEntity;
import io.huiwu.registration.persistence.VehicleEntity;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Credential types and credentials (handbook item 5, 印制会议票证): each credential is numbered within its type
 * (prefix and serial, CX0001...), a person has at most one active credential of a type, and a lost or wrong one is
 * revoked (it stops working at the next scan) and may be reissued under a new number. A credential is issued only to
 * someone whose roster entry is final: its current version verified, or let pass by an organizer
 * ({@link VerificationService}). A type for vehicles (车辆通行证) is issued to a vehicle logistics registered
 * ({@link VehicleService}), one active pass of a type per vehicle, with no roster entry to verify. Handing the printed
 * card over at 报到 (核发) is recorded once, with who took it and who handed it over.
 */
@ApplicationScoped
public class CredentialService {

    private static final DateTimeFormatter HANDOVER_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final CheckInRepositories.CredentialTypes types;
    private final CheckInRepositories.Credentials credentials;
    private final AttendeeRepository attendees;
    private final MeetingService meetings;
    private final VerificationService verification;
    private final CredentialPayload payloads;
    private final VehicleService vehicles;
    private final CredentialEvents events;
    private final MeetingSigningKeys signingKeys;

    public CredentialService(CheckInRepositories.CredentialTypes types, CheckInRepositories.Credentials credentials,
            AttendeeRepository attendees, MeetingService meetings, VerificationService verification,
            CredentialPayload payloads, VehicleService vehicles, CredentialEvents events,
            MeetingSigningKeys signingKeys) {
        this.signingKeys = signingKeys;
        this.types = types;
        this.credentials = credentials;
        this.attendees = attendees;
        this.meetings = meetings;
        this.verification = verification;
        this.payloads = payloads;
        this.vehicles = vehicles;
        this.events = events;
    }

    @Transactional
    public CredentialTypeView createType(UUID meetingId, CredentialTypeRequest request) {
        meetings.require(meetingId);
        CredentialTypeEntity type = new CredentialTypeEntity();
        type.id = UUID.randomUUID();
        type.meetingId = meetingId;
        applyType(request, type);
        types.persist(type);
        types.flush();
        return CredentialMapping.toView(type, 0);
    }

    @Transactional
    public CredentialTypeView updateType(UUID meetingId, UUID id, long expectedVersion,
            CredentialTypeRequest request) {
        CredentialTypeEntity type = requireType(meetingId, id);
        Versions.check(expectedVersion, type.version, RecordNames.named(RecordNames.CREDENTIAL_TYPE, id));
        if (!type.prefix.equals(request.prefix()) && credentials.count("typeId", id) > 0) {
            throw ProblemException.conflict(Message.of("Credentials of this type are already numbered with prefix {0};"
                    + " the prefix cannot change any more", "该类型的证件已按前缀 {0} 编号，前缀不能再修改", type.prefix));
        }
        if (type.holder != request.holderOrDefault() && credentials.count("typeId", id) > 0) {
            throw new ProblemException(ProblemType.CONFLICT, Message.of("Credentials of this type are already issued"
                    + " to the holders of a {0} type; who holds it cannot change any more", "该类型的证件已按{0}类发放，"
                    + "持证对象不能再修改", type.holder), List.of(new ProblemException.FieldIssue("holder", Message.of(
                    "cannot change once credentials are issued", "证件发放后不能修改"))));
        }
        applyType(request, type);
        types.flush();
        return CredentialMapping.toView(type, activeCount(id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CredentialTypeView> listTypes(UUID meetingId) {
        meetings.require(meetingId);
        return types.find("meetingId = ?1 order by name", meetingId).list().stream()
                .map(type -> CredentialMapping.toView(type, activeCount(type.id))).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CredentialTypeView getType(UUID meetingId, UUID id) {
        CredentialTypeEntity type = requireType(meetingId, id);
        return CredentialMapping.toView(type, activeCount(id));
    }

    /** Issues a credential to the holder the type is for: a person (attendeeId) or a vehicle (vehicleId). */
    @Transactional
    public CredentialView issue(UUID meetingId, UUID attendeeId, UUID vehicleId, UUID typeId, String actor) {
        CredentialTypeEntity type = lockType(meetingId, typeId);
        if (type.holder == CredentialHolder.VEHICLE) {
            if (attendeeId != null) {
                throw ProblemException.invalidField("attendeeId", Message.of(
                        "must be left out: a {0} is issued to a vehicle; name it in vehicleId",
                        "不应填写：{0}发给车辆，请在 vehicleId 中指定车辆", type.name));
            }
            return issueToVehicle(type, required(vehicleId, "vehicleId", type), actor);
        }
        if (vehicleId != null) {
            throw ProblemException.invalidField("vehicleId", Message.of(
                    "must be left out: a {0} is issued to a person; name them in attendeeId",
                    "不应填写：{0}发给人员，请在 attendeeId 中指定人员", type.name));
        }
        required(attendeeId, "attendeeId", type);
        AttendeeEntity attendee = attendees.find("id = ?1 and meetingId = ?2", attendeeId, meetingId)
                .firstResultOptional().orElseThrow(() -> ProblemException.notFound(RecordNames.ATTENDEE, attendeeId));
        if (attendee.status != AttendeeStatus.ACTIVE) {
            throw ProblemException.conflict(withdrawnNoCredential(attendee.name));
        }
        if (!CredentialMapping.categorySet(type.categories).contains(attendee.category)) {
            throw ProblemException.conflict(Message.of("A {0} is for {1}; {2} is {3}", "{0}发给{1}；{2}属于{3}",
                    type.name, type.categories, attendee.name, attendee.category));
        }
        if (credentials.count("attendeeId = ?1 and typeId = ?2 and status = ?3", attendeeId, typeId,
                CredentialStatus.ACTIVE) > 0) {
            throw ProblemException.conflict(Message.of("{0} already has an active {1}; revoke or reissue it instead",
                    "{0} 已有有效的{1}；请作废或补发", attendee.name, type.name));
        }
        requireFinal(meetingId, attendee);
        CredentialEntity credential = newCredential(type, attendee, actor, null);
        credentials.flush();
        return view(credential, type, attendee.name);
    }

    private CredentialView issueToVehicle(CredentialTypeEntity type, UUID vehicleId, String actor) {
        VehicleEntity vehicle = vehicles.require(type.meetingId, vehicleId, "vehicleId");
        if (credentials.count("vehicleId = ?1 and typeId = ?2 and status = ?3", vehicleId, type.id,
                CredentialStatus.ACTIVE) > 0) {
            throw ProblemException.conflict(Message.of("Vehicle {0} already has an active {1}; revoke or reissue it"
                    + " instead", "车辆 {0} 已有有效的{1}；请作废或补发", vehicle.plate, type.name));
        }
        CredentialEntity credential = newCredential(type, vehicle, actor, null);
        credentials.flush();
        return view(credential, type, null, vehicle.plate, true);
    }

    private static UUID required(UUID id, String field, CredentialTypeEntity type) {
        if (id == null) {
            throw ProblemException.invalidField(field, Message.of("must name the holder of a {0}",
                    "须指定{0}的持证对象", type.name));
        }
        return id;
    }

    /**
     * Issues the type to everyone of its categories who lacks one and whose entry is final, by rank and then surname
     * strokes; reports those left out because their entry is not.
     */
    @Transactional
    public BulkIssueView issueAll(UUID meetingId, UUID typeId, String actor) {
        CredentialTypeEntity type = lockType(meetingId, typeId);
        if (type.holder == CredentialHolder.VEHICLE) {
            return issueToAllVehicles(type, actor);
        }
        int required = meetings.require(meetingId).requiredVerifications;
        Map<UUID, VerificationService.Standing> standings = verification.standingsOf(meetingId);
        Set<UUID> holders = new HashSet<>(credentials.getEntityManager().createQuery(
                        "select c.attendeeId from CredentialEntity c where c.typeId = :type and c.status = :active",
                        UUID.class)
                .setParameter("type", typeId).setParameter("active", CredentialStatus.ACTIVE).getResultList());
        List<AttendeeEntity> candidates = attendees.find("from AttendeeEntity a where a.meetingId = ?1"
                        + " and a.status = ?2 and a.category in ?3 order by a.rank nulls last, a.strokeKey, a.id",
                meetingId, AttendeeStatus.ACTIVE, CredentialMapping.categorySet(type.categories)).list();
        int issued = 0;
        List<BulkIssueView.NotVerified> notVerified = new ArrayList<>();
        for (AttendeeEntity attendee : candidates) {
            if (holders.contains(attendee.id)) {
                continue;
            }
            VerificationService.Standing standing = standings.getOrDefault(attendee.id,
                    VerificationService.Standing.NONE);
            if (standing.state(required).isFinal()) {
                newCredential(type, attendee, actor, null);
                issued++;
            } else {
                notVerified.add(new BulkIssueView.NotVerified(attendee.id, attendee.name, attendee.version,
                        standing.state(required), standing.verifications(), required));
            }
        }
        credentials.flush();
        return new BulkIssueView(issued, candidates.size() - issued - notVerified.size(), notVerified);
    }

    /** A vehicle type to every vehicle of the meeting that lacks one, by plate. */
    private BulkIssueView issueToAllVehicles(CredentialTypeEntity type, String actor) {
        Set<UUID> holders = new HashSet<>(credentials.getEntityManager().createQuery(
                        "select c.vehicleId from CredentialEntity c where c.typeId = :type and c.status = :active",
                        UUID.class)
                .setParameter("type", type.id).setParameter("active", CredentialStatus.ACTIVE).getResultList());
        List<VehicleEntity> candidates = vehicles.ofMeeting(type.meetingId);
        int issued = 0;
        for (VehicleEntity vehicle : candidates) {
            if (!holders.contains(vehicle.id)) {
                newCredential(type, vehicle, actor, null);
                issued++;
            }
        }
        credentials.flush();
        return new BulkIssueView(issued, candidates.size() - issued, List.of());
    }

    @Transactional
    public CredentialView revoke(UUID meetingId, UUID id, String reason, String actor) {
        CredentialEntity credential = lockCredential(meetingId, id);
        if (credential.status == CredentialStatus.REVOKED) {
            throw ProblemException.conflict(Message.of("Credential {0} was already revoked", "证件 {0} 已作废",
                    credential.number));
        }
        revokeAndPublish(credential, reason, actor);
        return view(credential, true);
    }

    /**
     * 核发: records that the printed card was handed over at 报到, to whom and by whom, and publishes
     * credential-handed-over. Recording it again with the same receiver answers the handover recorded; a revoked
     * credential is not handed over.
     */
    @Transactional
    public CredentialView handOver(UUID meetingId, UUID id, String receivedBy, String actor) {
        CredentialEntity credential = lockCredential(meetingId, id);
        String receiver = receivedBy.strip();
        if (credential.handedOverAt != null) {
            if (credential.receivedBy.equals(receiver)) {
                return view(credential, true);
            }
            throw new ProblemException(ProblemType.CONFLICT, Message.of("Credential {0} was already handed over to"
                    + " {1} at {2} by {3}", "证件 {0} 已于 {2} 由 {3} 交给 {1}", credential.number, credential.receivedBy,
                    HANDOVER_TIME.format(credential.handedOverAt.atZoneSameInstant(MeetingTime.ZONE)),
                    credential.handedOverBy), List.of(new ProblemException.FieldIssue("receivedBy", Message.of(
                    "differs from who received it: {0}", "与已登记的领取人 {0} 不同", credential.receivedBy))));
        }
        if (credential.status == CredentialStatus.REVOKED) {
            throw ProblemException.conflict(Message.of("Credential {0} was revoked ({1}) and must not be handed over;"
                    + " hand over its replacement instead", "证件 {0} 已作废（{1}），不得发出；请发放补发的证件",
                    credential.number, credential.revokedReason));
        }
        // as the database keeps it, so that the answer recorded and the one replayed are the same
        credential.handedOverAt = MeetingService.now().truncatedTo(ChronoUnit.MICROS);
        credential.handedOverBy = actor;
        credential.receivedBy = receiver;
        credentials.flush();
        CredentialTypeEntity type = types.findById(credential.typeId);
        events.handedOver(credential, type, holder(credential));
        return view(credential, true);
    }

    /** Revokes a credential and issues its holder a new one of the same type, under a new number. */
    @Transactional
    public CredentialView reissue(UUID meetingId, UUID id, String reason, String actor) {
        CredentialEntity old = lockCredential(meetingId, id);
        if (old.status == CredentialStatus.REVOKED && credentials.count("replaces", old.id) > 0) {
            throw ProblemException.conflict(Message.of("Credential {0} was already reissued", "证件 {0} 已补发",
                    old.number));
        }
        if (old.vehicleId != null) {
            VehicleEntity vehicle = vehicles.require(meetingId, old.vehicleId, "vehicleId");
            if (old.status == CredentialStatus.ACTIVE) {
                revokeAndPublish(old, reason, actor);
            }
            CredentialTypeEntity type = lockType(meetingId, old.typeId);
            CredentialEntity replacement = newCredential(type, vehicle, actor, old.id);
            credentials.flush();
            return view(replacement, type, null, vehicle.plate, true);
        }
        AttendeeEntity attendee = attendees.findById(old.attendeeId);
        if (attendee.status != AttendeeStatus.ACTIVE) {
            throw ProblemException.conflict(withdrawnNoCredential(attendee.name));
        }
        requireFinal(meetingId, attendee);
        if (old.status == CredentialStatus.ACTIVE) {
            revokeAndPublish(old, reason, actor);
        }
        CredentialTypeEntity type = lockType(meetingId, old.typeId);
        CredentialEntity replacement = newCredential(type, attendee, actor, old.id);
        credentials.flush();
        return view(replacement, type, attendee.name);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CredentialView get(UUID meetingId, UUID id, boolean withPayload) {
        CredentialEntity credential = credentials.find("id = ?1 and meetingId = ?2", id, meetingId)
                .firstResultOptional().orElseThrow(() -> ProblemException.notFound(RecordNames.CREDENTIAL, id));
        return view(credential, withPayload);
    }

    /** One page of the meeting's credentials, by number. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<CredentialView> list(UUID meetingId, UUID attendeeId, UUID typeId, CredentialStatus status,
            boolean withPayload, PageRequest paging) {
        meetings.require(meetingId);
        var query = credentials.find(where(meetingId, attendeeId, typeId, status) + " order by number",
                parameters(meetingId, attendeeId, typeId, status)).page(Page.of(paging.page(), paging.size()));
        return new PageResult<>(views(meetingId, query.list(), withPayload), paging.page(), paging.size(),
                query.count());
    }

    private static String where(UUID meetingId, UUID attendeeId, UUID typeId, CredentialStatus status) {
        return "meetingId = :meeting" + (attendeeId != null ? " and attendeeId = :attendee" : "")
                + (typeId != null ? " and typeId = :type" : "") + (status != null ? " and status = :status" : "");
    }

    private static io.quarkus.panache.common.Parameters parameters(UUID meetingId, UUID attendeeId, UUID typeId,
            CredentialStatus status) {
        var parameters = io.quarkus.panache.common.Parameters.with("meeting", meetingId);
        if (attendeeId != null) {
            parameters.and("attendee", attendeeId);
        }
        if (typeId != null) {
            parameters.and("type", typeId);
        }
        if (status != null) {
            parameters.and("status", status);
        }
        return parameters;
    }

    /** Every credential that matches, by number (for printing). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CredentialView> list(UUID meetingId, UUID attendeeId, UUID typeId, CredentialStatus status,
            boolean withPayload) {
        meetings.require(meetingId);
        return views(meetingId, credentials.find(where(meetingId, attendeeId, typeId, status) + " order by number",
                parameters(meetingId, attendeeId, typeId, status)).list(), withPayload);
    }

    private List<CredentialView> views(UUID meetingId, List<CredentialEntity> found, boolean withPayload) {
        Map<UUID, CredentialTypeEntity> typesById = types.find("meetingId", meetingId).list().stream()
                .collect(Collectors.toMap(t -> t.id, Function.identity()));
        Set<UUID> attendeeIds = found.stream().map(c -> c.attendeeId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Map<UUID, String> names = attendeeIds.isEmpty() ? Map.of() : attendees.find("id in ?1", attendeeIds).list()
                .stream().collect(Collectors.toMap(a -> a.id, a -> a.name));
        Map<UUID, VehicleEntity> vehiclesById = vehicles.byId(found.stream().map(c -> c.vehicleId)
                .filter(Objects::nonNull).collect(Collectors.toSet()));
        return found.stream().map(c -> view(c, typesById.get(c.typeId), names.get(c.attendeeId),
                c.vehicleId == null ? null : vehiclesById.get(c.vehicleId).plate, withPayload)).toList();
    }

    private CredentialEntity newCredential(CredentialTypeEntity type, AttendeeEntity attendee, String actor,
            UUID replaces) {
        CredentialEntity credential = numbered(type, actor, replaces);
        credential.attendeeId = attendee.id;
        credentials.persist(credential);
        events.issued(credential, type, CredentialEvents.person(attendee.id, attendee.name));
        return credential;
    }

    private CredentialEntity newCredential(CredentialTypeEntity type, VehicleEntity vehicle, String actor,
            UUID replaces) {
        CredentialEntity credential = numbered(type, actor, replaces);
        credential.vehicleId = vehicle.id;
        credentials.persist(credential);
        events.issued(credential, type, CredentialEvents.vehicle(vehicle.id, vehicle.plate));
        return credential;
    }

    /** The next number of the type, not yet persisted and without its holder. */
    private CredentialEntity numbered(CredentialTypeEntity type, String actor, UUID replaces) {
        CredentialEntity credential = new CredentialEntity();
        credential.id = UUID.randomUUID();
        credential.meetingId = type.meetingId;
        credential.typeId = type.id;
        credential.serial = type.nextSerial;
        credential.number = type.prefix + String.format("%04d", type.nextSerial);
        credential.status = CredentialStatus.ACTIVE;
        credential.issuedAt = MeetingService.now();
        credential.issuedBy = actor;
        credential.replaces = replaces;
        credential.signature = signingKeys.sign(credential.meetingId, credential.id);
        type.nextSerial++;
        return credential;
    }

    /**
     * Revokes every active credential of someone who withdrew, in the caller's transaction, and publishes each
     * revocation, so that doors, devices and other services learn it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void revokeAllOf(UUID attendeeId, String reason, String actor) {
        for (CredentialEntity credential : credentials.find("attendeeId = ?1 and status = ?2 order by number",
                attendeeId, CredentialStatus.ACTIVE).list()) {
            revokeAndPublish(credential, reason, actor);
        }
    }

    private void revokeAndPublish(CredentialEntity credential, String reason, String actor) {
        markRevoked(credential, reason, actor);
        credentials.flush();
        events.revoked(credential, types.findById(credential.typeId), holder(credential));
    }

    private static void markRevoked(CredentialEntity credential, String reason, String actor) {
        credential.status = CredentialStatus.REVOKED;
        credential.revokedAt = MeetingService.now();
        credential.revokedBy = actor;
        credential.revokedReason = reason.strip();
    }

    private CredentialView view(CredentialEntity credential, CredentialTypeEntity type, String attendeeName) {
        return view(credential, type, attendeeName, null, true);
    }

    /** One credential, its type and holder read for it. */
    private CredentialView view(CredentialEntity credential, boolean withPayload) {
        CredentialEvents.Holder holder = holder(credential);
        return view(credential, types.findById(credential.typeId), holder.name(), holder.plate(), withPayload);
    }

    private CredentialView view(CredentialEntity credential, CredentialTypeEntity type, String attendeeName,
            String plate, boolean withPayload) {
        return CredentialMapping.toView(credential, type, attendeeName, plate,
                withPayload ? payloads.payloadFor(credential.id, credential.signature) : null);
    }

    private CredentialEvents.Holder holder(CredentialEntity credential) {
        if (credential.vehicleId != null) {
            VehicleEntity vehicle = vehicles.byId(Set.of(credential.vehicleId)).get(credential.vehicleId);
            return CredentialEvents.vehicle(credential.vehicleId, vehicle == null ? null : vehicle.plate);
        }
        return CredentialEvents.person(credential.attendeeId, attendees.findById(credential.attendeeId).name);
    }

    private long activeCount(UUID typeId) {
        return credentials.count("typeId = ?1 and status = ?2", typeId, CredentialStatus.ACTIVE);
    }

    private CredentialTypeEntity requireType(UUID meetingId, UUID id) {
        meetings.require(meetingId);
        return types.find("id = ?1 and meetingId = ?2", id, meetingId).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound(RecordNames.CREDENTIAL_TYPE, id));
    }

    /** Serials are handed out one at a time per type. */
    private CredentialTypeEntity lockType(UUID meetingId, UUID id) {
        meetings.require(meetingId);
        return types.find("id = ?1 and meetingId = ?2", id, meetingId).withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional().orElseThrow(() -> ProblemException.notFound(RecordNames.CREDENTIAL_TYPE, id));
    }

    private CredentialEntity lockCredential(UUID meetingId, UUID id) {
        meetings.require(meetingId);
        return credentials.find("id = ?1 and meetingId = ?2", id, meetingId).withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional().orElseThrow(() -> ProblemException.notFound(RecordNames.CREDENTIAL, id));
    }

    private void applyType(CredentialTypeRequest request, CredentialTypeEntity type) {
        String name = request.name().strip();
        if (types.count("meetingId = ?1 and name = ?2 and id <> ?3", type.meetingId, name, type.id) > 0) {
            throw ProblemException.conflict(Message.of("This meeting already has a credential type named {0}",
                    "本次会议已有名为 {0} 的证件类型", name));
        }
        if (types.count("meetingId = ?1 and prefix = ?2 and id <> ?3", type.meetingId, request.prefix(), type.id)
                > 0) {
            throw ProblemException.conflict(Message.of("Another credential type of this meeting uses prefix {0}",
                    "本次会议的另一证件类型已使用前缀 {0}", request.prefix()));
        }
        String colour = request.colour().toUpperCase();
        CredentialTypeEntity sameColour = types.find("meetingId = ?1 and colour = ?2 and id <> ?3", type.meetingId,
                colour, type.id).firstResult();
        if (sameColour != null) {
            throw ProblemException.conflict(Message.of("The {0} of this meeting is already printed in {1}; each type"
                    + " needs its own colour so that the doors can tell them apart", "本次会议的{0}已使用颜色 {1}；"
                    + "每种证件须用不同颜色，以便门口分辨", sameColour.name, colour));
        }
        type.name = name;
        type.colour = colour;
        type.prefix = request.prefix();
        type.categories = CredentialMapping.categoryText(request.categories());
        type.holder = request.holderOrDefault();
        type.seatPass = request.isSeatPass();
    }

    /** A 409 not-verified problem unless the current version of the entry is verified or overridden. */
    private void requireFinal(UUID meetingId, AttendeeEntity attendee) {
        int required = meetings.require(meetingId).requiredVerifications;
        VerificationService.Standing standing = verification.standing(attendee);
        if (!standing.state(required).isFinal()) {
            throw notVerified(attendee, standing, required);
        }
    }

    /** The problem for an entry that is not final, naming it and how far it is verified. */
    static ProblemException notVerified(AttendeeEntity attendee, VerificationService.Standing standing,
            int required) {
        return new ProblemException(ProblemType.NOT_VERIFIED, Message.of(
                "{0} (attendee {1}) is not verified: version {2} of the entry has {3} of the {4} verifications the"
                        + " meeting requires ({5}). Have it verified, or an organizer may let it pass with a reason",
                "{0}（参会人员 {1}）尚未核对确认：该条目第 {2} 版已有 {3} 次核对，会议要求 {4} 次（{5}）。请先完成核对，"
                        + "或由组织者说明理由后准予例外", attendee.name, attendee.id, attendee.version,
                standing.verifications(), required, standing.state(required)));
    }

    private static Message withdrawnNoCredential(String name) {
        return Message.of("{0} has withdrawn; no credential can be issued", "{0} 已退出，不能发放证件", name);
    }
}
