package io.huiwu.documents.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.huiwu.chassis.problem.Message;
import io.huiwu.chassis.problem.ProblemException;
import io.huiwu.chassis.roster.ReplicatedAttendee;
import io.huiwu.chassis.roster.RosterReplica;
import io.huiwu.documents.api.PublicationView;
import io.huiwu.documents.api.PublicationView.Distribution;
import io.huiwu.documents.api.PublishRequest;
import io.huiwu.documents.config.RecallConfig;
import io.huiwu.documents.event.PublicationEvents;
import io.huiwu.documents.persistence.PublicationStore;
import io.huiwu.documents.persistence.PublicationStore.Publication;
import io.huiwu.documents.print.BulletinPdf;
import io.huiwu.documents.print.CategoryLabels;
import io.huiwu.documents.print.SummaryPdf;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Bulletins (会议简报) and the meeting's summary (会议纪要): drafted, submitted, approved by someone other than the
 * author, published with a distribution list. A bulletin gets its number (第N期) at publication, the next of the
 * meeting's, gap-free; a summary published while another is in force must supersede it, which it then replaces.
 * A step the state does not allow is 409 naming the state. Publishing publishes {@code bulletin-published} or
 * {@code summary-published}.
 */
@ApplicationScoped
public class PublicationService {

    public static final String BULLETIN = "BULLETIN";
    public static final String SUMMARY = "SUMMARY";
    static final String DRAFT = "DRAFT";
    static final String SUBMITTED = "SUBMITTED";
    static final String APPROVED = "APPROVED";
    static final String PUBLISHED = "PUBLISHED";
    static final String SUPERSEDED = "SUPERSEDED";
    static final String DEFAULT_MASTHEAD = "会议简报";

    /** A bulletin printed, and the name of its file. */
    public record Printed(byte[] pdf, String fileName) {
    }

    /** What a draft says. */
    public record Text(String masthead, String title, String issuingBody, String body, UUID supersedes) {
    }

    private final PublicationStore store;
    private final RosterReplica roster;
    private final PublicationEvents events;
    private final RecallConfig zone;
    private final ObjectMapper json;

    public PublicationService(PublicationStore store, RosterReplica roster, PublicationEvents events,
            RecallConfig zone, ObjectMapper json) {
        this.store = store;
        this.roster = roster;
        this.events = events;
        this.zone = zone;
        this.json = json;
    }

    @Transactional
    public PublicationView draft(UUID meetingId, String kind, Text text, String actor) {
        checkSupersedes(meetingId, kind, text.supersedes());
        Publication p = new Publication(UUID.randomUUID(), meetingId, kind, DRAFT, masthead(kind, text),
                text.title().strip(), text.issuingBody().strip(), text.body(), actor, DocumentService.now(), null,
                null, null, null, null, null, null, null, text.supersedes(), null);
        store.insert(p);
        return view(p);
    }

    @Transactional
    public PublicationView revise(UUID meetingId, String kind, UUID id, Text text) {
        Publication p = require(meetingId, kind, id, true);
        expect(p, DRAFT, Message.of("only a draft can be revised", "只有草稿可以修改"));
        checkSupersedes(meetingId, kind, text.supersedes());
        Publication revised = new Publication(p.id(), meetingId, kind, DRAFT, masthead(kind, text),
                text.title().strip(), text.issuingBody().strip(), text.body(), p.author(), p.createdAt(), null, null,
                null, null, null, null, null, null, text.supersedes(), null);
        store.update(revised);
        return view(revised);
    }

    @Transactional
    public PublicationView submit(UUID meetingId, String kind, UUID id, String actor) {
        Publication p = require(meetingId, kind, id, true);
        expect(p, DRAFT, Message.of("only a draft can be submitted", "只有草稿可以送审"));
        Publication submitted = with(p, SUBMITTED, actor, DocumentService.now(), null, null, null, null, null, null);
        store.update(submitted);
        return view(submitted);
    }

    @Transactional
    public PublicationView approve(UUID meetingId, String kind, UUID id, String actor) {
        Publication p = require(meetingId, kind, id, true);
        expect(p, SUBMITTED, Message.of("only a submitted one can be approved", "只有已送审的才能审核通过"));
        if (p.author().equals(actor)) {
            throw ProblemException.conflict(Message.of("{0} wrote it and cannot approve it: someone else must",
                    "{0}是撰稿人，不能自行审核，须由他人审核", actor));
        }
        Publication approved = with(p, APPROVED, p.submittedBy(), p.submittedAt(), actor, DocumentService.now(),
                null, null, null, null);
        store.update(approved);
        return view(approved);
    }

    @Transactional
    public PublicationView publish(UUID meetingId, String kind, UUID id, PublishRequest request, String actor) {
        Distribution distribution = distribution(meetingId, request);
        Publication p = require(meetingId, kind, id, true);
        expect(p, APPROVED, Message.of("only an approved one can be published", "只有审核通过的才能印发"));
        OffsetDateTime now = DocumentService.now();
        Integer number = null;
        if (BULLETIN.equals(kind)) {
            number = store.nextNumber(meetingId, kind);
        } else {
            Optional<Publication> inForce = store.summaryInForce(meetingId);
            if (inForce.isPresent() && !inForce.get().id().equals(p.supersedes())) {
                throw ProblemException.conflict(Message.of("the summary \u201c{0}\u201d of {1} is in force: a new"
                        + " one must name it in supersedes", "会议纪要“{0}”（{1}印发）现行有效，新纪要须注明替代该纪要",
                        inForce.get().title(), inForce.get().publishedAt()));
            }
            if (p.supersedes() != null && inForce.isEmpty()) {
                throw ProblemException.conflict(Message.of("the summary it supersedes, {0}, is no longer in force",
                        "其替代的会议纪要 {0} 已不再有效", p.supersedes()));
            }
            inForce.ifPresent(old -> store.update(new Publication(old.id(), old.meetingId(), old.kind(),
                    SUPERSEDED, old.masthead(), old.title(), old.issuingBody(), old.body(), old.author(),
                    old.createdAt(), old.submittedBy(), old.submittedAt(), old.approvedBy(), old.approvedAt(),
                    old.publishedBy(), old.publishedAt(), old.issueNumber(), old.distribution(), old.supersedes(),
                    p.id())));
        }
        String list;
        try {
            list = json.writeValueAsString(distribution);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the distribution", e);
        }
        Publication published = with(p, PUBLISHED, p.submittedBy(), p.submittedAt(), p.approvedBy(),
                p.approvedAt(), actor, now, number, list);
        store.update(published);
        if (BULLETIN.equals(kind)) {
            events.bulletinPublished(published, distribution);
        } else {
            events.summaryPublished(published, distribution);
        }
        return view(published);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PublicationView> list(UUID meetingId, String kind) {
        return store.list(meetingId, kind).stream().map(this::view).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PublicationView get(UUID meetingId, String kind, UUID id) {
        return view(require(meetingId, kind, id, false));
    }

    /** The bulletin in its printed layout: dated on publication (a draft: today), the distribution named. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Printed print(UUID meetingId, UUID id) {
        PublicationView bulletin = view(require(meetingId, BULLETIN, id, false));
        byte[] pdf = BulletinPdf.write(issue(meetingId, bulletin, bulletin.masthead()));
        String name = bulletin.issueNumber() == null ? "bulletin-draft-" + id : "bulletin-" + bulletin.issueNumber();
        return new Printed(pdf, name + ".pdf");
    }

    /** The summary in the bulletin's layout under 会议纪要: dated on publication (a draft: today). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Printed printSummary(UUID meetingId, UUID id) {
        PublicationView summary = view(require(meetingId, SUMMARY, id, false));
        byte[] pdf = SummaryPdf.write(issue(meetingId, summary, SummaryPdf.MASTHEAD), summary.state());
        return new Printed(pdf, "summary-" + id + ".pdf");
    }

    /** What the page shows; the distribution as people read it (categories by their names, persons by name). */
    private BulletinPdf.Issue issue(UUID meetingId, PublicationView publication, String masthead) {
        OffsetDateTime dated = publication.publishedAt() == null ? DocumentService.now() : publication.publishedAt();
        List<String> receivers = new ArrayList<>();
        Distribution to = publication.distribution();
        if (to != null) {
            to.categories().forEach(category -> receivers.add(CategoryLabels.label(category)));
            receivers.addAll(to.delegations());
            to.attendeeIds().forEach(person -> receivers.add(roster.find(meetingId, person)
                    .map(ReplicatedAttendee::name).orElse(person.toString())));
        }
        return new BulletinPdf.Issue(masthead, publication.issueNumber(), publication.issuingBody(),
                dated.atZoneSameInstant(zone.zone()).toLocalDate(), publication.title(), publication.body(),
                String.join("，", receivers));
    }

    /** The bulletin or summary of the meeting, else 404. */
    public Publication require(UUID meetingId, String kind, UUID id, boolean lock) {
        return store.find(meetingId, kind, id, lock).orElseThrow(() -> ProblemException.notFound(
                BULLETIN.equals(kind) ? Message.of("Bulletin", "会议简报") : Message.of("Summary", "会议纪要"), id));
    }

    /** Categories and delegations someone on the roster has, persons on it: each other one is 400 naming it. */
    private Distribution distribution(UUID meetingId, PublishRequest request) {
        List<String> categories = distinct(request.categories());
        List<String> delegations = distinct(request.delegations());
        List<UUID> persons = request.attendeeIds() == null ? List.of()
                : List.copyOf(new LinkedHashSet<>(request.attendeeIds()));
        if (categories.isEmpty() && delegations.isEmpty() && persons.isEmpty()) {
            throw ProblemException.invalidField("categories", Message.of("name at least one category, delegation"
                    + " or person to receive it", "请至少填写一个分发的类别、代表团或人员"));
        }
        List<String> askedCategories = request.categories() == null ? List.of() : request.categories();
        for (int i = 0; i < askedCategories.size(); i++) {
            String category = askedCategories.get(i).strip();
            if (!store.onRoster(meetingId, "category", category)) {
                throw ProblemException.invalidField("categories[" + i + "]", Message.of("no one on the roster is"
                        + " of the category {0}", "名册中没有类别为{0}的人员", category));
            }
        }
        List<String> askedDelegations = request.delegations() == null ? List.of() : request.delegations();
        for (int i = 0; i < askedDelegations.size(); i++) {
            String delegation = askedDelegations.get(i).strip();
            if (!store.onRoster(meetingId, "delegation", delegation)) {
                throw ProblemException.invalidField("delegations[" + i + "]", Message.of("is not a delegation on"
                        + " the roster: {0}", "不是名册中的代表团：{0}", delegation));
            }
        }
        List<UUID> askedPersons = request.attendeeIds() == null ? List.of() : request.attendeeIds();
        for (int i = 0; i < askedPersons.size(); i++) {
            UUID person = askedPersons.get(i);
            if (roster.find(meetingId, person).isEmpty()) {
                throw ProblemException.invalidField("attendeeIds[" + i + "]", Message.of("is not on the meeting's"
                        + " roster: {0}", "不在本次会议名册中：{0}", person));
            }
        }
        return new Distribution(categories, delegations, persons);
    }

    private void checkSupersedes(UUID meetingId, String kind, UUID supersedes) {
        if (supersedes != null && (!SUMMARY.equals(kind) || store.find(meetingId, SUMMARY, supersedes, false)
                .filter(s -> PUBLISHED.equals(s.state())).isEmpty())) {
            throw ProblemException.invalidField("supersedes", Message.of("is not the meeting's summary in force:"
                    + " {0}", "不是本次会议现行有效的会议纪要：{0}", supersedes));
        }
    }

    private static void expect(Publication p, String state, Message what) {
        if (!state.equals(p.state())) {
            throw ProblemException.conflict(Message.of("it is {0}: {1}", "当前状态为{0}：{1}", p.state(), what));
        }
    }

    private static Publication with(Publication p, String state, String submittedBy, OffsetDateTime submittedAt,
            String approvedBy, OffsetDateTime approvedAt, String publishedBy, OffsetDateTime publishedAt,
            Integer number, String distribution) {
        return new Publication(p.id(), p.meetingId(), p.kind(), state, p.masthead(), p.title(), p.issuingBody(),
                p.body(), p.author(), p.createdAt(), submittedBy, submittedAt, approvedBy, approvedAt, publishedBy,
                publishedAt, number, distribution, p.supersedes(), p.supersededBy());
    }

    private static String masthead(String kind, Text text) {
        if (!BULLETIN.equals(kind)) {
            return "会议纪要";
        }
        return text.masthead() == null || text.masthead().isBlank() ? DEFAULT_MASTHEAD : text.masthead().strip();
    }

    private static List<String> distinct(List<String> values) {
        return values == null ? List.of() : List.copyOf(new LinkedHashSet<>(values.stream().map(String::strip)
                .toList()));
    }

    PublicationView view(Publication p) {
        Distribution distribution = null;
        if (p.distribution() != null) {
            try {
                distribution = json.readValue(p.distribution(), Distribution.class);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("unreadable distribution of " + p.id(), e);
            }
        }
        return new PublicationView(p.id(), p.meetingId(), p.kind(), p.state(), p.masthead(), p.title(),
                p.issuingBody(), p.body(), p.issueNumber(), p.author(), p.createdAt(), p.submittedBy(),
                p.submittedAt(), p.approvedBy(), p.approvedAt(), p.publishedBy(), p.publishedAt(), distribution,
                p.supersedes(), p.supersededBy());
    }
}
