/**
 * Assignment rules, their targets, due policies and recertification; the assignments a rule holds on each
 * person it reaches, and the requirements they add up to.
 */
package org.carelearn.assignment.domain;
