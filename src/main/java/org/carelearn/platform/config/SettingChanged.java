package org.carelearn.platform.config;

import org.carelearn.platform.security.Actor;

/** An admin changed a setting (announced so that the audit trail records it; platform knows no trail). */
public record SettingChanged(Actor actor, String name, String oldValue, String newValue) {
}
