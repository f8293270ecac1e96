package org.carelearn.staff.application;

/** A person as a message to them or about them needs them: name and address, and where they sit. */
public record StaffContact(StaffPerson person, StaffPlacement placement) {
}
