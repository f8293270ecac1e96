package org.carelearn.xapi.domain.forwarding;

/** The forwarding configuration and cursor. Every method takes part in the caller's transaction. */
public interface ForwardingRepository {

    /** The row, read now. */
    Forwarding find();

    /**
     * The row, locked until the transaction ends: one sender (or one admin change) at a time, on one server
     * or several. Plain readers are not held up.
     */
    Forwarding lock();
}
