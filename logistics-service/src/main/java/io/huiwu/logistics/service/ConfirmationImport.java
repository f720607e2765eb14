package io.huiwu.logistics.service;

import io.huiwu.chassis.problem.Message;
import io.huiwu.chassis.problem.ProblemException;
import io.huiwu.chassis.problem.ProblemType;
import io.huiwu.logistics.api.ConfirmationImportView;
import io.huiwu.logistics.api.RoomingColumn;
import io.huiwu.logistics.domain.RoomingField;
import io.huiwu.logistics.domain.StayStatus;
import io.huiwu.logistics.event.LodgingSnapshot;
import io.huiwu.logistics.persistence.HotelEntity;
import io.huiwu.logistics.persistence.LodgingRepositories;
import io.huiwu.logistics.persistence.LodgingRoster;
import io.huiwu.logistics.persistence.RoomEntity;
import io.huiwu.logistics.persistence.StayEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The hotel's rooming list sent back with its confirmation numbers. Columns are found by the headers of the hotel's
 * saved layout (NAME and CONFIRMATION needed, ROOM checked when present); each row names a guest with a stay booked
 * or arrived at the hotel. Every row is checked before anything is written: with a row refused nothing is applied,
 * unless the caller asked for the good rows to be applied (partial).
 */
@ApplicationScoped
public class ConfirmationImport {

    private static final int MAX_ROWS = 10_000;
    private static final int MAX_CONFIRMATION = 50;

    private final RoomingListService lists;
    private final LodgingRepositories.Stays stays;
    private final LodgingRepositories.Rooms rooms;
    private final LodgingRoster roster;

    public ConfirmationImport(RoomingListService lists, LodgingRepositories.Stays stays,
            LodgingRepositories.Rooms rooms, LodgingRoster roster) {
        this.lists = lists;
        this.stays = stays;
        this.rooms = rooms;
        this.roster = roster;
    }

    /** A good row: the stay and its confirmation number. */
    private record Match(StayEntity stay, String confirmation) {
    }

    @Transactional
    public ConfirmationImportView apply(UUID meetingId, UUID hotelId, byte[] file, boolean partial, String actor) {
        HotelEntity hotel = lists.hotel(meetingId, hotelId);
        List<RoomingColumn> columns = lists.mapping(meetingId, hotelId).columns();
        String nameHeader = header(columns, RoomingField.NAME);
        String confirmationHeader = header(columns, RoomingField.CONFIRMATION);
        String roomHeader = header(columns, RoomingField.ROOM);
        if (confirmationHeader == null) {
            throw ProblemException.invalidField("file", Message.of("the hotel's layout has no CONFIRMATION column",
                    "该酒店的名单格式没有 CONFIRMATION（确认号）列"));
        }
        Map<UUID, RoomEntity> roomsById = rooms.list("hotelId", hotel.id).stream()
                .collect(Collectors.toMap(r -> r.id, Function.identity()));
        Map<UUID, LodgingSnapshot> people = roster.active(meetingId).stream()
                .collect(Collectors.toMap(LodgingSnapshot::attendeeId, Function.identity()));
        List<StayEntity> staying = stays.list("hotelId = ?1 and status <> ?2", hotel.id, StayStatus.CANCELLED);
        Map<String, List<StayEntity>> byName = staying.stream().collect(Collectors.groupingBy(
                s -> RoomingListService.nameOf(s.attendeeId, people)));
        Map<String, StayEntity> holders = new HashMap<>();
        stays.list("hotelId = ?1 and confirmationNumber is not null", hotel.id)
                .forEach(s -> holders.put(s.confirmationNumber, s));

        List<ConfirmationImportView.RowError> errors = new ArrayList<>();
        List<Match> matches = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        int blank = 0;
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(file))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter format = new DataFormatter();
            Row header = sheet.getRow(sheet.getFirstRowNum());
            Map<String, Integer> at = new HashMap<>();
            if (header != null) {
                header.forEach(cell -> at.putIfAbsent(format.formatCellValue(cell).strip(), cell.getColumnIndex()));
            }
            for (String needed : new String[] {nameHeader, confirmationHeader}) {
                if (!at.containsKey(needed)) {
                    throw ProblemException.invalidField("file", Message.of("has no column headed {0} in its first row",
                            "第一行没有表头为 {0} 的列", needed));
                }
            }
            if (sheet.getLastRowNum() > MAX_ROWS) {
                throw ProblemException.invalidField("file", Message.of("has more than {0} rows", "超过 {0} 行",
                        MAX_ROWS));
            }
            for (int r = sheet.getFirstRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                String name = cell(row, at.get(nameHeader), format);
                String confirmation = cell(row, at.get(confirmationHeader), format);
                String room = roomHeader == null || !at.containsKey(roomHeader) ? ""
                        : cell(row, at.get(roomHeader), format);
                int number = r + 1;
                if (name.isEmpty() && confirmation.isEmpty()) {
                    continue;
                }
                if (confirmation.isEmpty()) {
                    blank++;
                    continue;
                }
                if (name.isEmpty()) {
                    errors.add(error(number, nameHeader, "INVALID", "the name is empty", "姓名为空"));
                    continue;
                }
                if (confirmation.length() > MAX_CONFIRMATION) {
                    errors.add(error(number, confirmationHeader, "INVALID", "longer than "
                            + MAX_CONFIRMATION + " characters", "超过 " + MAX_CONFIRMATION + " 个字符"));
                    continue;
                }
                List<StayEntity> named = byName.getOrDefault(name, List.of());
                if (named.isEmpty()) {
                    errors.add(error(number, nameHeader, "UNKNOWN_GUEST", name + " has no stay at " + hotel.name,
                            name + " 在" + hotel.name + "没有住宿"));
                    continue;
                }
                List<StayEntity> candidates = room.isEmpty() ? named : named.stream()
                        .filter(s -> room.equals(roomsById.get(s.roomId).number)).toList();
                if (candidates.isEmpty()) {
                    String actual = named.stream().map(s -> roomsById.get(s.roomId).number)
                            .collect(Collectors.joining(", "));
                    errors.add(error(number, roomHeader, "ROOM_MISMATCH", name + " is in room " + actual + ", not "
                            + room, name + " 住 " + actual + " 房间，不是 " + room));
                    continue;
                }
                if (candidates.size() > 1) {
                    errors.add(error(number, roomHeader == null ? nameHeader : roomHeader, "AMBIGUOUS_GUEST",
                            candidates.size() + " guests are named " + name + ": give the room",
                            "有 " + candidates.size() + " 位同名客人 " + name + "：请填写房号"));
                    continue;
                }
                StayEntity stay = candidates.get(0);
                Integer earlier = seen.putIfAbsent(confirmation, number);
                StayEntity holder = holders.get(confirmation);
                if (earlier != null) {
                    errors.add(error(number, confirmationHeader, "DUPLICATE_CONFIRMATION", confirmation
                            + " is also on row " + earlier, confirmation + " 与第 " + earlier + " 行重复"));
                    continue;
                }
                if (holder != null && !holder.id.equals(stay.id)) {
                    String other = RoomingListService.nameOf(holder.attendeeId, people);
                    errors.add(error(number, confirmationHeader, "DUPLICATE_CONFIRMATION", confirmation
                            + " is already the confirmation of " + other, confirmation + " 已是 " + other
                            + " 的确认号"));
                    continue;
                }
                matches.add(new Match(stay, confirmation));
            }
        } catch (ProblemException e) {
            throw e;
        } catch (Exception | OutOfMemoryError e) {
            throw ProblemException.invalidField("file", Message.of("is not a readable .xlsx workbook",
                    "不是可读取的 .xlsx 文件"));
        }
        if (!errors.isEmpty() && !partial) {
            throw new ProblemException(ProblemType.VALIDATION, Message.of("{0} rows are refused: nothing was"
                    + " applied", "{0} 行有误：未导入任何一行", errors.size()), errors.stream()
                    .map(e -> new ProblemException.FieldIssue("row " + e.row() + " " + e.column(),
                            Message.of("{0}: {1}", "{0}：{2}", e.code(), e.message(), e.messageZh()))).toList());
        }
        int applied = 0;
        int unchanged = 0;
        // numbers moving between guests of this file: free them first so that the database sees no duplicate
        for (Match match : matches) {
            StayEntity holder = holders.get(match.confirmation());
            if (holder != null && holder.id.equals(match.stay().id)) {
                unchanged++;
            }
        }
        for (Match match : matches) {
            if (!Objects.equals(match.stay().confirmationNumber, match.confirmation())) {
                match.stay().confirmationNumber = null;
            }
        }
        stays.flush();
        for (Match match : matches) {
            if (match.stay().confirmationNumber == null) {
                match.stay().confirmationNumber = match.confirmation();
                match.stay().updatedBy = actor;
                match.stay().updatedAt = InventoryService.now();
                applied++;
            }
        }
        stays.flush();
        return new ConfirmationImportView(applied, unchanged, blank, errors);
    }

    private static String header(List<RoomingColumn> columns, RoomingField field) {
        return columns.stream().filter(c -> c.field() == field).map(RoomingColumn::header).findFirst().orElse(null);
    }

    private static String cell(Row row, Integer column, DataFormatter format) {
        if (row == null || column == null || row.getCell(column) == null) {
            return "";
        }
        return format.formatCellValue(row.getCell(column)).strip();
    }

    private static ConfirmationImportView.RowError error(int row, String column, String code, String message,
            String messageZh) {
        return new ConfirmationImportView.RowError(row, column, code, message, messageZh);
    }
}
