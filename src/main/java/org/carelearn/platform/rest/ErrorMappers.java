package org.carelearn.platform.rest;

import java.util.Set;

/** The error mappers every JAX-RS application of CareLearn registers, so that all errors share one shape. */
public final class ErrorMappers {

    public static final Set<Class<?>> ALL = Set.of(BusinessRuleMapper.class, ValidationMapper.class,
            UnexpectedErrorMapper.class);

    private ErrorMappers() {
    }
}
