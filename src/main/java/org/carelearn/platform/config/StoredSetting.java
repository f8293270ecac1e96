package org.carelearn.platform.config;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A setting an admin gave at run time, kept in the database so that it survives restarts. */
@Entity
@Table(name = "SETTING")
public class StoredSetting {

    @Id
    @Column(name = "NAME", length = 100)
    private String name;

    @Column(name = "SETTING_VALUE", nullable = false, length = 2000)
    private String value;

    @Column(name = "UPDATED_AT", nullable = false)
    private Instant updatedAt;

    @Column(name = "UPDATED_BY", nullable = false, length = 64)
    private String updatedBy;

    protected StoredSetting() {
        // for JPA
    }

    public StoredSetting(String name, String value, Instant at, String by) {
        this.name = name;
        change(value, at, by);
    }

    public final void change(String newValue, Instant at, String by) {
        this.value = newValue;
        this.updatedAt = at;
        this.updatedBy = by;
    }

    public String getName() {
        return name;
    }

    public String getValue() {
        return value;
    }
}
