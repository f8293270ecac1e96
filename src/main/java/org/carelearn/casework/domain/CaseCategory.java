package org.carelearn.casework.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Locale;
import java.util.regex.Pattern;
import org.carelearn.platform.BusinessRuleException;

/**
 * One category of the taxonomy cases are coded in. It starts from HCAT's (Reader, Gillespie and Roberts 2014;
 * Gillespie and Reader 2016): quality and safety (clinical), environment and institutional processes
 * (management), listening, communication, and respect and patient rights (relationships), extended for this
 * department with language access and interpreters, cultural and spiritual needs, end-of-life care and billing
 * (the migration seeds them). Patient relations may add categories and retire them; a retired category stays
 * on the cases that have it.
 */
@Entity
@Table(name = "CASE_CATEGORY")
@NamedQuery(name = "CaseCategory.all", query = "SELECT c FROM CaseCategory c ORDER BY c.position, c.code")
public class CaseCategory {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");

    @Id
    @Column(name = "CODE", length = 40)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(name = "DOMAIN", nullable = false, length = 16)
    private CategoryDomain domain;

    @Column(name = "NAME", nullable = false, length = 120)
    private String name;

    @Column(name = "ACTIVE", nullable = false)
    private boolean active;

    @Column(name = "POSITION", nullable = false)
    private int position;

    protected CaseCategory() {
    }

    public CaseCategory(String code, CategoryDomain domain, String name, int position) {
        String c = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        if (!CODE.matcher(c).matches()) {
            throw new BusinessRuleException("A category code is 2 to 40 capital letters, digits or underscores");
        }
        if (domain == null) {
            throw new BusinessRuleException("Choose the category's domain: clinical, management or relationships");
        }
        if (name == null || name.isBlank() || name.strip().length() > 120) {
            throw new BusinessRuleException("A category's name is 1 to 120 characters");
        }
        this.code = c;
        this.domain = domain;
        this.name = name.strip();
        this.position = position;
        this.active = true;
    }

    /** New cases can no longer be coded in it; the cases that have it keep it. */
    public void retire() {
        active = false;
    }

    public String getCode() {
        return code;
    }

    public CategoryDomain getDomain() {
        return domain;
    }

    public String getName() {
        return name;
    }

    public boolean isActive() {
        return active;
    }

    public int getPosition() {
        return position;
    }
}
