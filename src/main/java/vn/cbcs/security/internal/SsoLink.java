package vn.cbcs.security.internal;

/** A single sign-on provider on the login form: where its button goes and its name. */
public record SsoLink(String href, String name) {}
