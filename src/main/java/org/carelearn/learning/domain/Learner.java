package org.carelearn.learning.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.UUID;
import org.carelearn.platform.json.Jsons;

/**
 * A staff member's identity in the LRS: an xAPI account with an opaque name, so that statements, launch
 * URLs and anything forwarded to another LRS carry no personal data (cmi5 8.1.3 asks for no sensitive PII).
 */
@Entity
@Table(name = "LEARNER")
@NamedQuery(name = "Learner.findByAccountNames", query = "SELECT l FROM Learner l WHERE l.accountName IN :accountNames")
public class Learner {

    @Id
    @Column(name = "EMPLOYEE_ID", length = 32)
    private String employeeId;

    @Column(name = "ACCOUNT_NAME", nullable = false, updatable = false, length = 36)
    private String accountName;

    @Column(name = "CREATED_AT", nullable = false, updatable = false)
    private Instant createdAt;

    protected Learner() {
    }

    public Learner(String employeeId, Instant createdAt) {
        this.employeeId = employeeId;
        this.accountName = UUID.randomUUID().toString();
        this.createdAt = createdAt;
    }

    /** The agent statements about this learner carry; {@code homePage} is the LMS's identity IRI. */
    public JsonObject agent(String homePage) {
        return Jsons.createObjectBuilder().add("objectType", "Agent")
                .add("account", Jsons.createObjectBuilder().add("homePage", homePage).add("name", accountName)).build();
    }

    public String getEmployeeId() {
        return employeeId;
    }

    public String getAccountName() {
        return accountName;
    }
}
