package vn.cbcs.platform;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What every page template needs besides its own data: messages in the user's language, who is
 * signed in, the CSRF token for forms and htmx, and the current address for the language switch.
 */
public record PageContext(
    Locale locale,
    MessageSource messages,
    String username,
    String displayName,
    Set<String> roles,
    Set<Capability> capabilities,
    String homeUnit,
    boolean ownRecord,
    String csrfParameter,
    String csrfHeader,
    String csrfToken,
    String currentUrl,
    boolean demoMode) {

  private static final DateTimeFormatter VN_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  /** The message for a key in the page's language; a missing key shows itself, never fails. */
  public String t(String key, Object... args) {
    String message = messages.getMessage(key, args, null, locale);
    return message != null ? message : "??" + key + "??";
  }

  /**
   * Whether "my record" is for this user: a self-service user, or anyone whose account is linked to
   * a person record (an administrator without one is not offered an empty page).
   */
  public boolean offersOwnRecord() {
    return can("READ_OWN_RECORD") && (ownRecord || !can("READ_RECORDS"));
  }

  /** The message for a key, or {@code fallback} when the bundles have no such key. */
  public String tOr(String key, String fallback) {
    return messages.getMessage(key, null, fallback, locale);
  }

  public boolean signedIn() {
    return username != null;
  }

  public boolean hasRole(String role) {
    return roles.contains(role);
  }

  /** Whether the signed-in user's roles give this capability ({@link Role#capabilities()}). */
  public boolean can(String capability) {
    return capabilities.contains(Capability.valueOf(capability));
  }

  /**
   * The code of the user's home unit (their first scope), or "" when they have none: forms and
   * links open on it instead of any fixed unit.
   */
  public String home() {
    return homeUnit == null ? "" : homeUnit;
  }

  /** {@code unit=<home>&} for a link's query, or "" when the user has no home unit. */
  public String homeQuery() {
    return homeUnit == null ? "" : "unit=" + homeUnit + "&";
  }

  public String lang() {
    return locale.getLanguage();
  }

  /** JSON for htmx's {@code hx-headers}, so that every htmx request carries the CSRF token. */
  public String htmxHeaders() {
    if (csrfToken == null) {
      return "{}";
    }
    return "{\"" + csrfHeader + "\": \"" + csrfToken + "\"}";
  }

  /** The current page in another language. */
  public String switchLanguageUrl(String language) {
    return UriComponentsBuilder.fromUriString(currentUrl)
        .replaceQueryParam("lang", language)
        .build()
        .toUriString();
  }

  private static final DateTimeFormatter VN_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

  /** A moment in Vietnam time (UTC+7), dd/MM/yyyy HH:mm; empty for none. */
  public String time(java.time.Instant instant) {
    return instant == null ? "" : VN_TIME.format(instant.atZone(AsOf.VIETNAM));
  }

  /** Vietnamese dates are written dd/MM/yyyy, in both languages of the UI. */
  public String date(LocalDate date) {
    return date == null ? "" : VN_DATE.format(date);
  }

  /** A number with the separators of the page's language (1.234 in Vietnamese). */
  public String number(long value) {
    return java.text.NumberFormat.getIntegerInstance(locale).format(value);
  }
}
