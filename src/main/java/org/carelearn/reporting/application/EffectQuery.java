package org.carelearn.reporting.application;

/**
 * Which training effect to show: a department, a category of case and one competency it maps to (null: the first
 * it maps to), the threshold coverage must reach, in percent, and the months in each period.
 */
public record EffectQuery(String departmentCode, String categoryCode, String competencyIdentifier,
        int thresholdPercent, int months) {
}
