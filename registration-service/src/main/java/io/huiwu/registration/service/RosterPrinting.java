package io.huiwu.registration.service;

import com.lowagie.text.DocumentException;
import io.huiwu.chassis.problem.Message;
import io.huiwu.registration.domain.MeetingTime;
import io.huiwu.registration.domain.RosterColumns;
import io.huiwu.registration.domain.RosterOrder;
import io.huiwu.registration.persistence.MeetingEntity;
import io.huiwu.registration.persistence.RosterFinalisationEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The printed roster (名册): a finalised version (the latest unless another is asked for) or the roster as it is now,
 * marked as a draft; ordered by delegation in the meeting's order of delegations, then by name (strokes or pinyin,
 * {@link RosterOrder}); with the meeting's name, the version and its date at the head of every page and "第 1 页 共
 * N 页" at its foot; as a PDF in the embedded {@link PrintFont} or as an .xlsx sheet ready to print.
 */
@ApplicationScoped
public class RosterPrinting {

    /** Dates are printed as they are where the meetings are held. */

    public enum PrintFormat { PDF, XLSX }

    /** Which roster to print. */
    public sealed interface Edition {
        /** The latest finalised version. */
        record Latest() implements Edition {
        }

        /** A finalised version by its number. */
        record Finalised(int version) implements Edition {
        }

        /** The roster as it is now, not finalised: printed as a draft. */
        record Current() implements Edition {
        }
    }

    /** What is printed: the head of each page and the people, by delegation. */
    record PrintedRoster(String title, String subtitle, boolean draft, List<Group> groups) {
    }

    /** A delegation's people (or, with a null delegation, those of none), under its heading. */
    record Group(String heading, List<Line> lines) {
    }

    /** A printed line: 序号, 姓名, 性别, 类别, 单位, 职务. */
    record Line(int number, String name, String gender, String category, String unit, String title) {
    }

    private final RosterFinalisationService finalisations;
    private final DelegationService delegations;
    private final MeetingService meetings;

    public RosterPrinting(RosterFinalisationService finalisations, DelegationService delegations,
            MeetingService meetings) {
        this.finalisations = finalisations;
        this.delegations = delegations;
        this.meetings = meetings;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public byte[] print(UUID meetingId, Edition edition, RosterOrder.NameOrder order, boolean newPagePerDelegation,
            PrintFormat format) {
        PrintedRoster roster = roster(meetingId, edition, order);
        try {
            return format == PrintFormat.PDF ? RosterPdf.render(roster, newPagePerDelegation)
                    : RosterWorkbook.render(roster, newPagePerDelegation);
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("could not print the roster", e);
        }
    }

    PrintedRoster roster(UUID meetingId, Edition edition, RosterOrder.NameOrder order) {
        MeetingEntity meeting = meetings.require(meetingId);
        List<RosterFinalisationService.KeyedEntry> entries;
        String edited;
        boolean draft = edition instanceof Edition.Current;
        if (draft) {
            entries = finalisations.current(meetingId);
            edited = "草稿（未定稿，" + date(MeetingService.now()) + "打印）";
        } else {
            RosterFinalisationEntity finalisation = edition instanceof Edition.Finalised finalised
                    ? finalisations.require(meetingId, finalised.version())
                    : finalisations.latest(meetingId).orElseThrow(() -> RosterFinalisationService.notFinalised(
                            meetingId, Message.of("; print version=current for a draft",
                                    "；打印草稿请用 version=current")));
            entries = finalisations.frozen(finalisation);
            edited = "第 " + finalisation.version + " 版定稿（" + date(finalisation.finalisedAt) + "）";
        }
        String ordered = order == RosterOrder.NameOrder.PINYIN ? "按汉语拼音排序" : "按姓氏笔画排序";
        Comparator<String> delegationOrder = delegations.order(meetingId);
        List<RosterFinalisationService.KeyedEntry> sorted = entries.stream()
                .sorted(RosterFinalisationService.order(delegationOrder, order)).toList();
        List<Group> groups = new ArrayList<>();
        List<Line> lines = new ArrayList<>();
        String delegation = null;
        int number = 0;
        for (RosterFinalisationService.KeyedEntry keyed : sorted) {
            var entry = keyed.entry();
            if (!lines.isEmpty() && !Objects.equals(delegation, entry.delegation())) {
                groups.add(group(delegation, lines));
                lines = new ArrayList<>();
            }
            delegation = entry.delegation();
            lines.add(new Line(++number, entry.name(), RosterColumns.label(entry.gender()),
                    RosterColumns.label(entry.category()), orEmpty(entry.unit()), orEmpty(entry.title())));
        }
        if (!lines.isEmpty()) {
            groups.add(group(delegation, lines));
        }
        return new PrintedRoster(meeting.name + "名册", edited + "  " + ordered, draft, groups);
    }

    private static Group group(String delegation, List<Line> lines) {
        return new Group((delegation == null ? "其他人员" : delegation) + "（" + lines.size() + "人）",
                List.copyOf(lines));
    }

    private static String date(OffsetDateTime at) {
        LocalDate day = at.atZoneSameInstant(MeetingTime.ZONE).toLocalDate();
        return day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
