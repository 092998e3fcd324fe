package org.nernst.core;

/** How serious a {@link Diagnostic} is. ERROR means no usable result. */
public enum Severity { INFO, WARNING, ERROR }
