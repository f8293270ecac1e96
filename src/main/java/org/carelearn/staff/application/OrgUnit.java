package org.carelearn.staff.application;

import java.io.Serializable;

/**
 * A department or a job role as other contexts' forms offer it: its code and what people call it (a
 * department's name, a job role's title). No entity leaves staff.
 */
public record OrgUnit(String code, String name) implements Serializable {
}
