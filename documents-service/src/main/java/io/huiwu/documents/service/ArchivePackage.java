package io.huiwu.documents.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.huiwu.chassis.roster.ReplicatedAttendee;
import io.huiwu.chassis.roster.RosterReplica;
import io.huiwu.chassis.roster.RosterSnapshot;
import io.huiwu.documents.config.RecallConfig;
import io.huiwu.documents.domain.CopyState;
import io.huiwu.documents.domain.LedgerAction;
import io.huiwu.documents.mapping.DocumentMapping;
import io.huiwu.documents.persistence.CopyEntity;
import io.huiwu.documents.persistence.DocumentEntity;
import io.huiwu.documents.persistence.DocumentRepositories;
import io.huiwu.documents.persistence.LedgerEntryEntity;
import io.huiwu.documents.persistence.RecallEntity;
import io.huiwu.documents.print.RegisterPdf;
import io.huiwu.documents.print.RegisterPdf.Sheet;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The meeting's archive package (立卷归档): a zip of the documents register, every copy's ledger, the issue and
 * return registers (发放登记表, 清退登记表), the recall report, the hand-over register (移交登记表), each a PDF with
 * the lines the people responsible sign ({@link RegisterPdf}), and {@code manifest.json} naming each entry with
 * its size and SHA-256. Made from the ledger as it is when asked for, in one read; each export is written to the
 * audit log with the manifest's hash.
 */
@ApplicationScoped
public class ArchivePackage {

    public static final String ARCHIVE_EXPORTED = "ARCHIVE_EXPORTED";
    public static final String MANIFEST = "manifest.json";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final Map<LedgerAction, String> ACTIONS = Map.of(LedgerAction.REGISTERED, "登记",
            LedgerAction.ISSUED, "发放", LedgerAction.RETURNED, "清退", LedgerAction.TRANSFERRED, "转交",
            LedgerAction.LOANED, "借阅", LedgerAction.MISSING, "丢失", LedgerAction.FOUND, "找回",
            LedgerAction.DESTROYED, "销毁", LedgerAction.HANDED_OVER, "移交单位");
    private static final Map<CopyState, String> STATES = Map.of(CopyState.IN_CUSTODY, "在库", CopyState.ISSUED,
            "已发放", CopyState.LOANED, "借出", CopyState.MISSING, "丢失", CopyState.DESTROYED, "已销毁",
            CopyState.HANDED_OVER, "已移交所在单位");
    private static final ObjectMapper MANIFEST_JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT);

    private final DocumentRepositories.Documents documents;
    private final DocumentRepositories.Copies copies;
    private final DocumentRepositories.Ledger ledger;
    private final DocumentRepositories.Recalls recalls;
    private final RosterReplica roster;
    private final AuditLog audit;
    private final ZoneId zone;

    /** The zip and the manifest's hash. */
    public record Archive(byte[] zip, String manifestSha256) {
    }

    public ArchivePackage(DocumentRepositories.Documents documents, DocumentRepositories.Copies copies,
            DocumentRepositories.Ledger ledger, DocumentRepositories.Recalls recalls, RosterReplica roster,
            AuditLog audit, RecallConfig recallConfig) {
        this.documents = documents;
        this.copies = copies;
        this.ledger = ledger;
        this.recalls = recalls;
        this.roster = roster;
        this.audit = audit;
        this.zone = recallConfig.zone();
    }

    @Transactional
    public Archive export(UUID meetingId, String actor) {
        OffsetDateTime now = DocumentService.now();
        Map<UUID, DocumentEntity> docs = new LinkedHashMap<>();
        documents.find("meetingId = ?1 order by createdAt, id", meetingId).list().forEach(d -> docs.put(d.id, d));
        List<CopyEntity> all = new ArrayList<>(copies.find("meetingId", meetingId).list());
        List<UUID> order = new ArrayList<>(docs.keySet());
        all.sort(Comparator.comparing((CopyEntity c) -> order.indexOf(c.documentId))
                .thenComparing(c -> c.copyNumber));
        Map<UUID, List<LedgerEntryEntity>> entries = new HashMap<>();
        ledger.find("meetingId = ?1 order by seq", meetingId).list()
                .forEach(e -> entries.computeIfAbsent(e.copyId, k -> new ArrayList<>()).add(e));
        Map<UUID, String> names = new HashMap<>();
        String covers = "导出时间 " + time(now) + "    导出人 " + actor + "    会议 " + meetingId;

        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("01-documents-register.pdf", RegisterPdf.write(documentsRegister(docs, all, covers)));
        files.put("02-copy-ledgers.pdf", RegisterPdf.write(copyLedgers(meetingId, docs, all, entries, names,
                covers)));
        files.put("03-issue-register.pdf", RegisterPdf.write(issueRegister(meetingId, docs, all, entries, names,
                covers)));
        files.put("04-return-register.pdf", RegisterPdf.write(returnRegister(meetingId, docs, all, entries, names,
                covers)));
        files.put("05-recall-report.pdf", RegisterPdf.write(recallReport(meetingId, docs, all, entries, names,
                covers)));
        files.put("06-handover-register.pdf", RegisterPdf.write(handoverRegister(meetingId, docs, all, entries,
                names, covers)));

        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("meetingId", meetingId.toString());
        manifest.put("exportedAt", now.toInstant().toString());
        manifest.put("exportedBy", actor);
        manifest.put("documents", docs.size());
        manifest.put("copies", all.size());
        List<Map<String, Object>> listed = new ArrayList<>();
        files.forEach((name, bytes) -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("name", name);
            entry.put("sizeBytes", bytes.length);
            entry.put("sha256", DocumentFileService.sha256(bytes));
            listed.add(entry);
        });
        manifest.put("entries", listed);
        byte[] manifestBytes;
        try {
            manifestBytes = MANIFEST_JSON.writeValueAsBytes(manifest);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the archive's manifest", e);
        }
        files.put(MANIFEST, manifestBytes);
        String manifestSha = DocumentFileService.sha256(manifestBytes);
        audit.append(meetingId, actor, ARCHIVE_EXPORTED, null, null, AuditLog.detail("manifestSha256", manifestSha,
                "documents", docs.size(), "copies", all.size(), "entries", listed));
        return new Archive(zip(files), manifestSha);
    }

    private static Sheet documentsRegister(Map<UUID, DocumentEntity> docs, List<CopyEntity> all, String covers) {
        List<List<String>> rows = new ArrayList<>();
        int n = 1;
        for (DocumentEntity d : docs.values()) {
            long count = all.stream().filter(c -> c.documentId.equals(d.id)).count();
            rows.add(List.of(String.valueOf(n++), d.title, d.issuingBody, mark(d), String.valueOf(d.pages),
                    String.valueOf(count), d.mustReturn ? "是" : "否", d.createdBy, ""));
        }
        return new Sheet("文件登记表", covers, List.of("序号", "文件标题", "发文机关", "密级★期限", "页数", "份数",
                "须清退", "登记人", "备注"), new float[] {4, 26, 14, 10, 5, 5, 5, 12, 12}, rows,
                List.of("登记人", "审核人"));
    }

    private Sheet copyLedgers(UUID meetingId, Map<UUID, DocumentEntity> docs, List<CopyEntity> all,
            Map<UUID, List<LedgerEntryEntity>> entries, Map<UUID, String> names, String covers) {
        List<List<String>> rows = new ArrayList<>();
        for (CopyEntity c : all) {
            for (LedgerEntryEntity e : entries.getOrDefault(c.id, List.of())) {
                rows.add(List.of(docs.get(c.documentId).title, c.copyNumber, String.valueOf(e.seq),
                        ACTIONS.get(e.action), name(meetingId, e.holderId, names), text(e.receivedBy),
                        e.actor + (e.authorisedBy == null ? "" : "（批准 " + e.authorisedBy + "）"),
                        text(e.approval), time(e.happenedAt), note(e)));
            }
        }
        return new Sheet("文件份号台账", covers, List.of("文件", "份号", "序", "事项", "持有人", "签收人", "经办人",
                "审批", "时间", "备注"), new float[] {20, 6, 3, 5, 9, 9, 12, 10, 10, 16}, rows,
                List.of("机要管理员", "审核人"));
    }

    private Sheet issueRegister(UUID meetingId, Map<UUID, DocumentEntity> docs, List<CopyEntity> all,
            Map<UUID, List<LedgerEntryEntity>> entries, Map<UUID, String> names, String covers) {
        List<List<String>> rows = new ArrayList<>();
        int n = 1;
        for (CopyEntity c : all) {
            DocumentEntity d = docs.get(c.documentId);
            for (LedgerEntryEntity e : entries.getOrDefault(c.id, List.of())) {
                if (e.action == LedgerAction.ISSUED || e.action == LedgerAction.LOANED
                        || e.action == LedgerAction.TRANSFERRED) {
                    rows.add(List.of(String.valueOf(n++), d.title, mark(d), c.copyNumber, ACTIONS.get(e.action),
                            name(meetingId, e.holderId, names), time(e.happenedAt), e.actor, text(e.receivedBy),
                            ""));
                }
            }
        }
        return new Sheet("涉密文件发放登记表", covers, List.of("序号", "文件", "密级", "份号", "方式", "领取人",
                "发放时间", "发放人", "签收人", "签字"), new float[] {4, 22, 8, 6, 5, 10, 10, 10, 10, 12}, rows,
                List.of("发放人", "审核人"));
    }

    private Sheet returnRegister(UUID meetingId, Map<UUID, DocumentEntity> docs, List<CopyEntity> all,
            Map<UUID, List<LedgerEntryEntity>> entries, Map<UUID, String> names, String covers) {
        List<List<String>> rows = new ArrayList<>();
        int n = 1;
        for (CopyEntity c : all) {
            DocumentEntity d = docs.get(c.documentId);
            UUID holder = null;
            for (LedgerEntryEntity e : entries.getOrDefault(c.id, List.of())) {
                if (e.action == LedgerAction.RETURNED) {
                    rows.add(List.of(String.valueOf(n++), d.title, mark(d), c.copyNumber,
                            name(meetingId, holder, names), time(e.happenedAt), text(e.receivedBy), e.actor, ""));
                }
                if (e.holderId != null) {
                    holder = e.holderId;
                }
            }
        }
        return new Sheet("涉密文件清退登记表", covers, List.of("序号", "文件", "密级", "份号", "交回人", "清退时间",
                "接收人", "经办人", "签字"), new float[] {4, 24, 8, 6, 10, 10, 10, 10, 14}, rows,
                List.of("清退经办人", "监督人"));
    }

    private Sheet handoverRegister(UUID meetingId, Map<UUID, DocumentEntity> docs, List<CopyEntity> all,
            Map<UUID, List<LedgerEntryEntity>> entries, Map<UUID, String> names, String covers) {
        List<List<String>> rows = new ArrayList<>();
        int n = 1;
        for (CopyEntity c : all) {
            DocumentEntity d = docs.get(c.documentId);
            for (LedgerEntryEntity e : entries.getOrDefault(c.id, List.of())) {
                if (e.action == LedgerAction.HANDED_OVER) {
                    rows.add(List.of(String.valueOf(n++), d.title, mark(d), c.copyNumber,
                            name(meetingId, e.holderId, names), text(e.unit), text(e.receivedBy),
                            text(e.receiptNumber), e.authorisedBy == null ? e.actor : e.authorisedBy,
                            time(e.happenedAt), e.actor));
                }
            }
        }
        return new Sheet("涉密文件移交登记表", covers, List.of("序号", "文件", "密级", "份号", "原持有人", "接收单位",
                "接收人", "移交清单编号", "批准人", "移交时间", "经办人"),
                new float[] {4, 20, 8, 6, 9, 14, 8, 10, 8, 10, 8}, rows, List.of("移交经办人", "审核人"));
    }

    private Sheet recallReport(UUID meetingId, Map<UUID, DocumentEntity> docs, List<CopyEntity> all,
            Map<UUID, List<LedgerEntryEntity>> entries, Map<UUID, String> names, String covers) {
        List<RecallEntity> opened = recalls.find("meetingId = ?1 order by openedAt", meetingId).list();
        StringBuilder subtitle = new StringBuilder(covers);
        if (opened.isEmpty()) {
            subtitle.append("\n尚未发起清退");
        }
        for (RecallEntity r : opened) {
            subtitle.append("\n清退通知：").append(time(r.openedAt)).append(" 由 ").append(r.openedBy)
                    .append(" 发起，截止 ").append(time(r.deadline)).append(r.note == null ? "" : "（" + r.note + "）");
        }
        List<List<String>> rows = new ArrayList<>();
        long due = all.stream().filter(c -> docs.get(c.documentId).mustReturn).count();
        long back = 0;
        List<List<String>> handedOver = new ArrayList<>();
        for (CopyEntity c : all) {
            DocumentEntity d = docs.get(c.documentId);
            if (!d.mustReturn) {
                continue;
            }
            if (c.state.isOut() || c.state == CopyState.MISSING) {
                rows.add(List.of(d.title, mark(d), c.copyNumber, STATES.get(c.state),
                        name(meetingId, c.holderId, names), c.dueAt == null ? "" : time(c.dueAt)));
            } else if (c.state == CopyState.HANDED_OVER) {
                LedgerEntryEntity last = entries.get(c.id).get(entries.get(c.id).size() - 1);
                handedOver.add(List.of(d.title, mark(d), c.copyNumber, STATES.get(c.state),
                        name(meetingId, c.holderId, names), "移交" + text(last.unit) + "（清单 "
                                + text(last.receiptNumber) + "，" + time(last.happenedAt) + "）"));
            } else {
                back++;
            }
        }
        subtitle.append("\n须清退 ").append(due).append(" 份，已在库或销毁 ").append(back).append(" 份，移交所在单位 ")
                .append(handedOver.size()).append(" 份，未清退 ").append(rows.size()).append(" 份（下表，未清退在前）");
        rows.addAll(handedOver);
        return new Sheet("清退情况报告", subtitle.toString(), List.of("文件", "密级", "份号", "状态", "持有人（最后持有人）",
                "应还时间或移交去向"), new float[] {26, 10, 8, 10, 14, 22}, rows,
                List.of("保密工作负责人", "机要管理员"));
    }

    private String name(UUID meetingId, UUID holderId, Map<UUID, String> names) {
        if (holderId == null) {
            return "";
        }
        return names.computeIfAbsent(holderId, id -> roster.find(meetingId, id).map(ReplicatedAttendee::name)
                .or(() -> roster.snapshot(meetingId, id, RosterSnapshot.class).map(RosterSnapshot::name))
                .orElse(id.toString()));
    }

    private static String mark(DocumentEntity d) {
        String marking = DocumentMapping.marking(d.classification, d.termYears);
        return marking == null ? "—" : marking;
    }

    private String time(OffsetDateTime at) {
        return at == null ? "" : TIME.format(at.atZoneSameInstant(zone));
    }

    /** A ledger entry's note; a hand-over's unit and receipt first. */
    private static String note(LedgerEntryEntity e) {
        if (e.unit == null) {
            return text(e.note);
        }
        return "移交" + e.unit + "，清单 " + e.receiptNumber + (e.note == null ? "" : "；" + e.note);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static byte[] zip(Map<String, byte[]> files) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
