package io.huiwu.registration.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.huiwu.chassis.problem.Message;
import io.huiwu.chassis.problem.ProblemException;
import io.huiwu.registration.api.MeetingPlan;
import io.huiwu.registration.api.PlanChangeView;
import io.huiwu.registration.api.PlanView;
import io.huiwu.registration.domain.PlanStatus;
import io.huiwu.registration.persistence.MeetingEntity;
import io.huiwu.registration.persistence.PlanVersionEntity;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The meeting plan (会议方案) and its approval: every edit and every step of the approval makes a new version, all
 * versions are kept and any two can be compared. Editing an approved plan puts it back to submitted.
 */
@ApplicationScoped
public class PlanService {

    @ApplicationScoped
    public static class Versions implements PanacheRepositoryBase<PlanVersionEntity, PlanVersionEntity.Key> {
    }

    private final MeetingService meetings;
    private final Versions versions;
    private final ObjectMapper json;

    public PlanService(MeetingService meetings, Versions versions, ObjectMapper json) {
        this.meetings = meetings;
        this.versions = versions;
        this.json = json;
    }

    @Transactional
    public PlanView current(UUID meetingId) {
        MeetingEntity meeting = meetings.require(meetingId);
        return view(latest(meeting));
    }

    /** Replaces the plan's content; {@code expectedVersion} is the plan version the editor read. */
    @Transactional
    public PlanView edit(UUID meetingId, int expectedVersion, MeetingPlan plan, String actor) {
        MeetingEntity meeting = lock(meetingId);
        latest(meeting);
        io.huiwu.chassis.web.Versions.check(expectedVersion, meeting.planVersion, planOf(meetingId));
        meeting.purpose = plan.purpose();
        meeting.form = plan.form();
        meeting.scale = plan.scale();
        meeting.agenda = write(plan.agendaTopics() == null ? List.of() : plan.agendaTopics());
        meeting.budget = plan.budget();
        meeting.leadership = write(plan.leadership() == null ? List.of() : plan.leadership());
        meeting.planStatus = meeting.planStatus.afterEdit();
        return view(record(meeting, "EDITED", actor, null));
    }

    @Transactional
    public PlanView act(UUID meetingId, int expectedVersion, PlanStatus.PlanAction action, String comment,
            String actor) {
        MeetingEntity meeting = lock(meetingId);
        latest(meeting);
        io.huiwu.chassis.web.Versions.check(expectedVersion, meeting.planVersion, planOf(meetingId));
        PlanStatus before = meeting.planStatus;
        try {
            meeting.planStatus = meeting.planStatus.after(action);
        } catch (IllegalStateException e) {
            throw ProblemException.conflict(switch (action) {
                case SUBMIT -> Message.of("Cannot submit the plan: only a draft can be submitted; the plan is {0}",
                        "不能提交方案：只有草稿可以提交；方案当前为 {0}", before);
                case APPROVE -> Message.of("Cannot approve the plan: only a submitted plan can be approved; the plan"
                        + " is {0}", "不能批准方案：只有已提交的方案可以批准；方案当前为 {0}", before);
                case RETURN -> Message.of("Cannot return the plan: only a submitted plan can be returned; the plan is"
                        + " {0}", "不能退回方案：只有已提交的方案可以退回；方案当前为 {0}", before);
            });
        }
        return view(record(meeting, action.name(), actor, comment));
    }

    /**
     * The meeting's dates changed after its plan was approved: the plan needs approval again. Records a plan
     * version, SUBMITTED, whose comment says what changed; in the caller's transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void datesChanged(MeetingEntity meeting, LocalDate startBefore, LocalDate endBefore, String actor) {
        latest(meeting);
        meeting.planStatus = PlanStatus.SUBMITTED;
        record(meeting, "DATES_CHANGED", actor, "会期由 " + startBefore + " 至 " + endBefore + " 改为 "
                + meeting.startDate + " 至 " + meeting.endDate + "，须重新报批");
    }

    @Transactional
    public List<PlanView> history(UUID meetingId) {
        latest(meetings.require(meetingId));
        return versions.find("meetingId = ?1 order by version", meetingId).list().stream().map(this::view).toList();
    }

    @Transactional
    public PlanView version(UUID meetingId, int version) {
        latest(meetings.require(meetingId));
        return view(requireVersion(meetingId, version));
    }

    @Transactional
    public PlanChangeView compare(UUID meetingId, int from, int to) {
        latest(meetings.require(meetingId));
        MeetingPlan before = view(requireVersion(meetingId, from)).plan();
        MeetingPlan after = view(requireVersion(meetingId, to)).plan();
        List<PlanChangeView.Change> changes = new ArrayList<>();
        for (PlanField field : PlanField.values()) {
            if (!java.util.Objects.equals(field.of(before), field.of(after))) {
                changes.add(new PlanChangeView.Change(field.name, field.only(before), field.only(after)));
            }
        }
        return new PlanChangeView(from, to, changes);
    }

    /** The latest version; a meeting created before its plan was edited gets its first version now. */
    private PlanVersionEntity latest(MeetingEntity meeting) {
        PlanVersionEntity latest = versions.findById(new PlanVersionEntity.Key(meeting.id, meeting.planVersion));
        if (latest == null) {
            latest = new PlanVersionEntity();
            latest.meetingId = meeting.id;
            latest.version = meeting.planVersion;
            latest.status = meeting.planStatus;
            latest.action = "CREATED";
            latest.plan = write(plan(meeting));
            latest.actor = "system";
            latest.at = meeting.createdAt;
            versions.persist(latest);
        }
        return latest;
    }

    private PlanVersionEntity record(MeetingEntity meeting, String action, String actor, String comment) {
        meeting.planVersion++;
        meeting.updatedAt = MeetingService.now();
        PlanVersionEntity version = new PlanVersionEntity();
        version.meetingId = meeting.id;
        version.version = meeting.planVersion;
        version.status = meeting.planStatus;
        version.action = action;
        version.plan = write(plan(meeting));
        version.actor = actor;
        version.at = meeting.updatedAt;
        version.comment = comment == null || comment.isBlank() ? null : comment.strip();
        versions.persist(version);
        return version;
    }

    private MeetingEntity lock(UUID meetingId) {
        meetings.require(meetingId);
        return versions.getEntityManager().find(MeetingEntity.class, meetingId, LockModeType.PESSIMISTIC_WRITE);
    }

    private PlanVersionEntity requireVersion(UUID meetingId, int version) {
        PlanVersionEntity found = versions.findById(new PlanVersionEntity.Key(meetingId, version));
        if (found == null) {
            throw ProblemException.notFound(RecordNames.PLAN_VERSION, version);
        }
        return found;
    }

    private MeetingPlan plan(MeetingEntity meeting) {
        return new MeetingPlan(meeting.purpose, meeting.form, meeting.scale,
                read(meeting.agenda, new TypeReference<List<String>>() { }),
                meeting.budget, read(meeting.leadership, new TypeReference<List<MeetingPlan.Leader>>() { }));
    }

    private PlanView view(PlanVersionEntity version) {
        return new PlanView(version.meetingId, version.version, version.status, version.action, version.actor,
                version.at, version.comment, read(version.plan, new TypeReference<MeetingPlan>() { }));
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T read(String text, TypeReference<T> type) {
        if (text == null) {
            return null;
        }
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Message planOf(UUID meetingId) {
        return Message.of("The plan of meeting {0}", "会议 {0} 的方案", meetingId);
    }

    /** The fields of a plan, in the order a comparison lists them, each read alone. */
    private enum PlanField {
        PURPOSE("purpose"), FORM("form"), SCALE("scale"), AGENDA_TOPICS("agendaTopics"), BUDGET("budget"),
        LEADERSHIP("leadership");

        final String name;

        PlanField(String name) {
            this.name = name;
        }

        Object of(MeetingPlan plan) {
            return switch (this) {
                case PURPOSE -> plan.purpose();
                case FORM -> plan.form();
                case SCALE -> plan.scale();
                case AGENDA_TOPICS -> plan.agendaTopics();
                case BUDGET -> plan.budget() == null ? null : plan.budget().stripTrailingZeros();
                case LEADERSHIP -> plan.leadership();
            };
        }

        /** A plan holding this field only. */
        MeetingPlan only(MeetingPlan plan) {
            return new MeetingPlan(this == PURPOSE ? plan.purpose() : null, this == FORM ? plan.form() : null,
                    this == SCALE ? plan.scale() : null, this == AGENDA_TOPICS ? plan.agendaTopics() : null,
                    this == BUDGET ? plan.budget() : null, this == LEADERSHIP ? plan.leadership() : null);
        }
    }
}
