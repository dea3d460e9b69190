package vn.cbcs.people.web;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.cbcs.audit.AuditLog;
import vn.cbcs.audit.ReadKind;
import vn.cbcs.people.People;
import vn.cbcs.people.PersonDirectory;
import vn.cbcs.people.PersonProfiles;
import vn.cbcs.platform.Actor;
import vn.cbcs.platform.AsOf;
import vn.cbcs.platform.Capability;
import vn.cbcs.platform.FieldError;
import vn.cbcs.platform.NotFoundException;
import vn.cbcs.positions.Position;
import vn.cbcs.positions.PositionCatalogue;
import vn.cbcs.qualifications.Qualifications;

/** Person list and person page. Writes are in {@link PersonFormController}. */
@Controller
class PersonPageController {

  private static final List<String> FILTERS =
      List.of(
          "unit",
          "q",
          "asOf",
          "position",
          "sex",
          "ethnicity",
          "ageBand",
          "party",
          "track",
          "minLevel",
          "size");

  private final People people;
  private final PersonDirectory directory;
  private final PersonProfiles profiles;
  private final PositionCatalogue positions;
  private final Qualifications qualifications;
  private final vn.cbcs.people.Photos photos;
  private final AuditLog audit;
  private final vn.cbcs.people.internal.Catalogues catalogues;
  private final vn.cbcs.people.Attachments attachments;

  /**
   * A person's page is read and its reading recorded in one transaction (read-write, since the
   * audit event joins it — ADR 14): one begin and commit instead of one for each part of the page.
   * A refusal rolls it back with nothing recorded.
   */
  private final TransactionTemplate page;

  PersonPageController(
      People people,
      PersonDirectory directory,
      PersonProfiles profiles,
      PositionCatalogue positions,
      Qualifications qualifications,
      vn.cbcs.people.Photos photos,
      AuditLog audit,
      vn.cbcs.people.internal.Catalogues catalogues,
      vn.cbcs.people.Attachments attachments,
      PlatformTransactionManager transactions) {
    this.page = new TransactionTemplate(transactions);
    this.catalogues = catalogues;
    this.attachments = attachments;
    this.people = people;
    this.directory = directory;
    this.profiles = profiles;
    this.positions = positions;
    this.qualifications = qualifications;
    this.photos = photos;
    this.audit = audit;
  }

  @GetMapping("/people")
  String list(
      @RequestParam Map<String, String> all,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size,
      Actor actor,
      Model model) {
    LocalDate asOf = AsOf.parseLenient("asOf", all.get("asOf"));
    Map<String, String> params = new LinkedHashMap<>();
    FILTERS.forEach(f -> params.put(f, all.getOrDefault(f, "")));
    params.put("asOf", asOf.toString());
    Boolean party =
        "true".equals(all.get("party"))
            ? Boolean.TRUE
            : "false".equals(all.get("party")) ? Boolean.FALSE : null;
    var filter =
        PersonFilters.of(
            asOf,
            all.get("unit"),
            all.get("q"),
            all.get("position"),
            all.get("ethnicity"),
            all.get("sex"),
            all.get("ageBand"),
            party,
            all.get("track"),
            all.get("minLevel"));
    // the unit asked for comes back with the list, found and checked there (not looked up twice)
    PersonDirectory.Listed listed =
        directory.listing(
            filter,
            Math.max(page, 0),
            Math.min(Math.max(size, 1), PersonDirectory.MAX_PAGE_SIZE),
            actor);
    List<Position> posts = positions.inForce(asOf);
    Map<String, String> names = new HashMap<>();
    positions.all().forEach(p -> names.put(p.code(), p.nameVi()));
    model.addAttribute(
        "view",
        new PersonListView(
            asOf,
            params,
            listed.scope(),
            listed.page(),
            posts,
            people.ethnicities(),
            qualifications.levels(),
            names,
            actor.can(Capability.EDIT_RECORDS)));
    return "people/list";
  }

  @GetMapping("/people/{id}")
  String person(
      @PathVariable long id,
      @RequestParam(required = false) String asOf,
      Actor actor,
      Model model) {
    LocalDate date = AsOf.parseLenient("asOf", asOf);
    String flash = (String) model.getAttribute("flash");
    Shown shown =
        page.execute(
            status -> {
              PersonPageView v = view(id, date, actor, null, Map.of(), List.of(), flash);
              boolean masked = people.masksSensitive(id, actor);
              audit.read(id, ReadKind.PERSON_PAGE, masked, actor);
              return new Shown(v, masked);
            });
    String error = (String) model.getAttribute("flashError");
    PersonPageView v = shown.view();
    model.addAttribute("view", error == null ? v : v.withFlashError(error));
    model.addAttribute("masked", shown.masked());
    return "people/show";
  }

  /** A person's page as read, and whether its sensitive fields were hidden from the reader. */
  private record Shown(PersonPageView view, boolean masked) {}

  PersonPageView view(
      long id,
      LocalDate date,
      Actor actor,
      String openForm,
      Map<String, String> values,
      List<FieldError> errors,
      String flash) {
    // the catalogues only the forms use: for the form shown open, the others load on demand
    boolean open = openForm != null;
    return new PersonPageView(
        profiles.profile(id, date, actor),
        people.revisions(id, actor),
        people.mayEdit(id, actor),
        open ? positionChoices() : List.of(),
        open ? qualifications.levels() : List.of(),
        openForm,
        values,
        errors,
        flash,
        null,
        photos.exists(id, actor),
        open ? disciplineChoices() : List.of(),
        attachments.list(id, actor),
        attachments.mayOpen(id, actor),
        attachments.maxBytes());
  }

  /**
   * One of the person page's forms to add something ({@link #FORMS}), loaded when its section is
   * opened: the page itself carries none of them (half of its weight and of its rendering, 151
   * choices). Refused as the additions themselves are: 404 without the record, 403 outside the
   * actor's ground or without the right to edit.
   */
  @GetMapping("/people/{id}/forms/{form}")
  String form(
      @PathVariable long id,
      @PathVariable String form,
      @RequestParam(required = false) String asOf,
      Actor actor,
      Model model) {
    LocalDate date = AsOf.parseLenient("asOf", asOf);
    if (!FORMS.contains(form)) {
      throw new NotFoundException("error.page.notFound");
    }
    people.requireEditable(id, actor);
    model.addAttribute(
        "view",
        new PersonPageView(
            null,
            List.of(),
            true,
            positionChoices(),
            qualifications.levels(),
            null,
            Map.of(),
            List.of(),
            null,
            null,
            false,
            disciplineChoices(),
            List.of(),
            false,
            attachments.maxBytes()));
    model.addAttribute("id", id);
    model.addAttribute("asOf", date);
    model.addAttribute("name", form);
    return "people/formFragment";
  }

  /** The forms a person page loads on demand, by the name in their address. */
  static final Set<String> FORMS =
      Set.of("post", "qualification", "family", "work", "reward", "discipline", "attachment");

  private List<Position> positionChoices() {
    return positions.all().stream()
        .collect(Collectors.toMap(Position::code, p -> p, (a, b) -> a, LinkedHashMap::new))
        .values()
        .stream()
        .toList();
  }

  private List<PersonPageView.DisciplineChoice> disciplineChoices() {
    return catalogues.disciplineForms().stream()
        .map(
            f ->
                new PersonPageView.DisciplineChoice(
                    f.system(), f.form(), f.validFrom(), f.validTo()))
        .distinct()
        .toList();
  }
}
