package io.huiwu.registration.service;

import io.agroal.api.AgroalDataSource;
import io.huiwu.chassis.problem.Message;
import io.huiwu.chassis.problem.ProblemException;
import io.huiwu.chassis.problem.ProblemType;
import io.huiwu.registration.api.DeviceRegistrationView;
import io.huiwu.registration.api.DeviceRequest;
import io.huiwu.registration.api.DeviceSyncView;
import io.huiwu.registration.api.DeviceView;
import io.huiwu.registration.mapping.CredentialMapping;
import io.huiwu.registration.persistence.CheckInStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Registered check-in devices, as pretixSCAN's are: an organizer registers a device for the meeting with the lists
 * it may scan, and the device receives its own token (shown once; a hash is kept). The token names the device in
 * every scan, upload and download, so what a scan says about its device never comes from the request body. A
 * device may scan only its lists; only a registered device may report scans it admitted offline; a revoked device
 * is refused at once, on every replica, since its state is read with each scan.
 *
 * <p>A device downloads what deciding offline needs: its lists' rules, the credential types, the meeting's public key
 * and the credentials with their holders and status (revocations and withdrawals included), then only what changed
 * since its cursor.
 */
@ApplicationScoped
public class CheckInDeviceService {

    /** The header a device names itself with. */
    public static final String HEADER = "X-Device-Token";
    private static final String TOKEN_PREFIX = "hwd_";
    private static final Pattern CURSOR = Pattern.compile("[0-9]{1,20}");

    private final AgroalDataSource dataSource;
    private final CheckInStore store;
    private final MeetingService meetings;
    private final MeetingSigningKeys signingKeys;
    private final SecureRandom random = new SecureRandom();

    public CheckInDeviceService(AgroalDataSource dataSource, CheckInStore store, MeetingService meetings,
            MeetingSigningKeys signingKeys) {
        this.dataSource = dataSource;
        this.store = store;
        this.meetings = meetings;
        this.signingKeys = signingKeys;
    }

    @Transactional
    public DeviceRegistrationView register(UUID meetingId, DeviceRequest request, String actor) {
        meetings.require(meetingId);
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = TOKEN_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        CheckInStore.Device device = new CheckInStore.Device(UUID.randomUUID(), meetingId, request.name().strip(),
                new LinkedHashSet<>(request.listIds()), now(), actor, null, null, null, null, 0);
        try (Connection connection = dataSource.getConnection()) {
            requireUsable(connection, meetingId, device.name(), null, request.listIds());
            store.insertDevice(connection, device, hash(token));
            return new DeviceRegistrationView(view(device), token);
        } catch (SQLException e) {
            throw new IllegalStateException("could not register the device", e);
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DeviceView> list(UUID meetingId) {
        meetings.require(meetingId);
        try (Connection connection = dataSource.getConnection()) {
            return store.devices(connection, meetingId).stream().map(CheckInDeviceService::view).toList();
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the devices", e);
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public DeviceView get(UUID meetingId, UUID id) {
        meetings.require(meetingId);
        try (Connection connection = dataSource.getConnection()) {
            return view(require(connection, meetingId, id, false));
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the device", e);
        }
    }

    @Transactional
    public DeviceView update(UUID meetingId, UUID id, long expectedVersion, DeviceRequest request) {
        meetings.require(meetingId);
        try (Connection connection = dataSource.getConnection()) {
            CheckInStore.Device device = require(connection, meetingId, id, true);
            if (device.revoked()) {
                throw ProblemException.conflict(revoked(device));
            }
            requireUsable(connection, meetingId, request.name().strip(), id, request.listIds());
            if (!store.updateDevice(connection, id, expectedVersion, request.name().strip(),
                    new LinkedHashSet<>(request.listIds()))) {
                throw new ProblemException(ProblemType.PRECONDITION_FAILED, Message.of(
                        "The device was changed since version {0}; read it again", "设备信息在版本 {0} 之后已被修改；请重新读取",
                        expectedVersion));
            }
            return view(require(connection, meetingId, id, false));
        } catch (SQLException e) {
            throw new IllegalStateException("could not change the device", e);
        }
    }

    @Transactional
    public DeviceView revoke(UUID meetingId, UUID id, String reason, String actor) {
        meetings.require(meetingId);
        try (Connection connection = dataSource.getConnection()) {
            CheckInStore.Device device = require(connection, meetingId, id, true);
            if (device.revoked()) {
                throw ProblemException.conflict(revoked(device));
            }
            store.revokeDevice(connection, id, now(), actor, reason.strip());
            return view(require(connection, meetingId, id, false));
        } catch (SQLException e) {
            throw new IllegalStateException("could not revoke the device", e);
        }
    }

    /** The registered, not revoked device a token names. */
    @Transactional(Transactional.TxType.MANDATORY)
    public CheckInStore.Device authenticate(UUID meetingId, String token) {
        try (Connection connection = dataSource.getConnection()) {
            return requireAllowed(token == null ? null : store.deviceByToken(connection, meetingId, hash(token))
                    .orElse(null), token, null, true);
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the device", e);
        }
    }

    /**
     * Everything the device's lists need (no {@code since}), or what changed since the cursor it was given last
     * time. Credentials are those of the whole meeting: a holder's category may change, and the device decides by
     * the rules it has.
     */
    @Transactional
    public DeviceSyncView sync(UUID meetingId, String token, String since) {
        meetings.require(meetingId);
        if (since != null && !CURSOR.matcher(since).matches()) {
            throw ProblemException.invalidField("since", Message.of(
                    "is not a cursor this service gave; leave it out to download everything",
                    "不是本服务给出的游标；不带该参数即可下载全部"));
        }
        try (Connection connection = dataSource.getConnection()) {
            CheckInStore.Device device = requireAllowed(token == null ? null
                    : store.deviceByToken(connection, meetingId, hash(token)).orElse(null), token, null, true);
            String cursor = store.syncHorizon(connection);
            Map<UUID, CheckInStore.Point> points = store.points(connection, meetingId, device.listIds());
            List<DeviceSyncView.Rules> lists = new ArrayList<>();
            for (UUID listId : device.listIds()) {
                CheckInStore.Point point = points.get(listId);
                if (point != null) {
                    lists.add(new DeviceSyncView.Rules(point.id(), point.name(), point.kind().name(),
                            CredentialMapping.categories(CredentialMapping.categoryText(point.rules().categories())),
                            point.rules().credentialTypes() == null ? null
                                    : List.copyOf(point.rules().credentialTypes()),
                            point.rules().opensAt(), point.rules().closesAt(), point.rules().allowReentry(),
                            point.rules().trackExit()));
                }
            }
            List<DeviceSyncView.Type> types = store.syncTypes(connection, meetingId).stream()
                    .map(type -> new DeviceSyncView.Type(type.id(), type.name(), type.colour())).toList();
            List<DeviceSyncView.Credential> credentials = new ArrayList<>();
            store.syncCredentials(connection, meetingId, since, credential -> credentials.add(
                    new DeviceSyncView.Credential(credential.id(), credential.number(), credential.typeId(),
                            credential.status(), credential.holderId() == null ? null : new DeviceSyncView.Holder(
                                    credential.holderId(), credential.holderName(), credential.category(),
                                    credential.delegation(), credential.unit(), credential.title(),
                                    credential.holderStatus()), credential.signature() != null)));
            store.deviceSeen(connection, device.id(), now());
            String publicKey = Base64.getEncoder().encodeToString(signingKeys.publicKey(meetingId));
            return new DeviceSyncView(meetingId, device.id(), cursor, since == null, publicKey, lists, types,
                    credentials);
        } catch (SQLException e) {
            throw new IllegalStateException("could not prepare the download", e);
        }
    }

    /**
     * The device a scan came from, if the scan may be taken from it: a token that names no registered device, a
     * revoked device, a list the device was not given, and an offline scan with no device are refused.
     *
     * @param listId the list scanned, or null for a call not about one list
     * @param deviceRequired whether only a registered device may make this call
     */
    static CheckInStore.Device requireAllowed(CheckInStore.Device device, String token, UUID listId,
            boolean deviceRequired) {
        if (token == null) {
            if (deviceRequired) {
                throw new ProblemException(ProblemType.FORBIDDEN, Message.of("Only a registered check-in device may"
                        + " do this (scans admitted offline, the download for deciding offline): send its token in"
                        + " the " + HEADER + " header; an organizer registers devices",
                        "只有已登记的签到设备可以执行此操作（上传离线签到、下载离线名单）：请在 " + HEADER
                                + " 请求头中提供设备令牌；设备由组织者登记"));
            }
            return null;
        }
        if (device == null) {
            throw new ProblemException(ProblemType.FORBIDDEN, Message.of("The device token is not one of this"
                    + " meeting's registered devices; ask an organizer to register the device",
                    "该设备令牌不属于本次会议已登记的设备；请联系组织者登记设备"));
        }
        if (device.revoked()) {
            throw new ProblemException(ProblemType.FORBIDDEN, revoked(device));
        }
        if (listId != null && !device.listIds().contains(listId)) {
            throw new ProblemException(ProblemType.FORBIDDEN, Message.of("The device {0} was not given this"
                    + " check-in list; an organizer can add it to the device's lists", "设备 {0} 未被分配该签到点；"
                    + "可由组织者在设备的签到点中添加", device.name()),
                    List.of(new ProblemException.FieldIssue("listId", Message.of(
                            "is not one of the lists of device {0}", "不是设备 {0} 的签到点", device.name()))));
        }
        return device;
    }

    /** How a token is kept: its SHA-256. */
    public static byte[] hash(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.strip().getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    private void requireUsable(Connection connection, UUID meetingId, String name, UUID except, Set<UUID> listIds)
            throws SQLException {
        Map<UUID, CheckInStore.Point> points = store.points(connection, meetingId, listIds);
        for (UUID listId : listIds) {
            if (!points.containsKey(listId)) {
                throw ProblemException.invalidField("listIds", Message.of("{0} is not a check-in list of this"
                        + " meeting", "{0} 不是本次会议的签到点", listId));
            }
        }
        if (store.deviceNameTaken(connection, meetingId, name, except)) {
            throw ProblemException.invalidField("name", Message.of("another device of this meeting is called {0}",
                    "本次会议已有名为 {0} 的设备", name));
        }
    }

    private CheckInStore.Device require(Connection connection, UUID meetingId, UUID id, boolean lock)
            throws SQLException {
        return store.device(connection, meetingId, id, lock)
                .orElseThrow(() -> ProblemException.notFound(RecordNames.DEVICE, id));
    }

    private static Message revoked(CheckInStore.Device device) {
        return Message.of("The device {0} was revoked by {1}: {2}", "设备 {0} 已被 {1} 停用：{2}", device.name(),
                device.revokedBy(), device.revokeReason());
    }

    private static DeviceView view(CheckInStore.Device device) {
        return new DeviceView(device.id(), device.meetingId(), device.name(), List.copyOf(device.listIds()),
                device.registeredAt(), device.registeredBy(), device.revokedAt(), device.revokedBy(),
                device.revokeReason(), device.lastSeenAt(), device.version());
    }

    private static OffsetDateTime now() {
        return MeetingService.now().withOffsetSameInstant(ZoneOffset.UTC);
    }
}
