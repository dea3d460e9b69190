package vn.cbcs.security.web;

/** A unit scope as shown: its code and the unit's name (today's, or its last). */
public record ScopeLabel(String code, String name) {}
