package io.huiwu.venue.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.UUID;

/** One item of one version of a session's agenda; earlier versions are kept, never altered. */
@Entity
@Table(name = "agenda_item")
@IdClass(AgendaItemEntity.Key.class)
public class AgendaItemEntity {

    @Id
    @Column(name = "session_id")
    public UUID sessionId;

    @Id
    @Column(name = "agenda_version")
    public int agendaVersion;

    /** The item's place in its agenda, from 1. */
    @Id
    public int position;

    @Column(nullable = false)
    public String title;

    public String presenter;

    public record Key(UUID sessionId, int agendaVersion, int position) implements Serializable {
        public Key() {
            this(null, 0, 0);
        }
    }
}
