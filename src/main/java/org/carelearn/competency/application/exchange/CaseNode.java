package org.carelearn.competency.application.exchange;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/** One CFItem as read from a package, before CareLearn decides what part of a framework it is. */
record CaseNode(int position, String identifier, String fullStatement, String abbreviatedStatement,
        String humanCodingScheme, String notes, String itemType) {

    static CaseNode of(int position, JsonObject item) {
        return new CaseNode(position, text(item, "identifier"), text(item, "fullStatement"),
                text(item, "abbreviatedStatement"), text(item, "humanCodingScheme"), text(item, "notes"),
                text(item, "CFItemType"));
    }

    /** What people call the item: its abbreviated statement, else its statement, else its code. */
    String title() {
        if (!abbreviatedStatement.isEmpty()) {
            return abbreviatedStatement;
        }
        return fullStatement.isEmpty() ? humanCodingScheme : fullStatement;
    }

    /** How a reason names the item: its code or the start of its statement, and its identifier. */
    String label() {
        String name = title();
        if (name.length() > 60) {
            name = name.substring(0, 57) + "...";
        }
        return name.isEmpty() ? "the item " + identifier : "the item \"" + name + "\" (" + identifier + ")";
    }

    /** A string member, stripped; empty when absent, null or not a string. */
    static String text(JsonObject object, String name) {
        JsonValue value = object.get(name);
        return value instanceof JsonString string ? string.getString().strip() : "";
    }
}
