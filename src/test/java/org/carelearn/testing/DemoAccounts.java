package org.carelearn.testing;

/** The demo hospital's accounts (src/main/resources/demo/accounts.csv), as the README gives them. */
public enum DemoAccounts {
    LEARNER("learner", "Compassion-First-26", "Aisha Bello"),
    MANAGER("manager", "Steady-Hands-Team-26", "Rebecca Sorensen"),
    LEADERSHIP("leader", "Listening-Leads-26", "Helen Castellanos"),
    ADMIN("admin", "Keep-Records-Safe-26", "Victor Mensah"),
    VALIDATOR("validator", "Observe-With-Care-26", "Kofi Asante"),
    LIAISON("liaison", "Hear-Every-Voice-26", "Omar Haddad"),
    PATIENT_RELATIONS_MANAGER("prmanager", "Own-The-Answer-26", "Grace Nakamura");

    public final String username;
    public final String password;
    public final String displayName;

    DemoAccounts(String username, String password, String displayName) {
        this.username = username;
        this.password = password;
        this.displayName = displayName;
    }
}
