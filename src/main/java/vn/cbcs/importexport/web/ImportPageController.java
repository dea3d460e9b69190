package vn.cbcs.importexport.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import vn.cbcs.importexport.ImportKind;
import vn.cbcs.importexport.ImportMode;
import vn.cbcs.importexport.ImportReport;
import vn.cbcs.importexport.Imports;
import vn.cbcs.importexport.RowOutcome;
import vn.cbcs.platform.Actor;
import vn.cbcs.platform.BadRequestException;
import vn.cbcs.platform.Capability;
import vn.cbcs.platform.ConflictException;

/**
 * The import pages: upload (always a dry run first), follow the progress (htmx polls a fragment
 * every second; the page can be left and opened again), read the report, commit, download errors.
 */
@Controller
class ImportPageController {

  private static final int SHOWN = 500;

  private final Imports imports;

  ImportPageController(Imports imports) {
    this.imports = imports;
  }

  @GetMapping("/imports")
  String index(Actor actor, Model model) {
    model.addAttribute("view", indexView(actor, null));
    return "imports/index";
  }

  private ImportPages.Index indexView(Actor actor, String error) {
    return new ImportPages.Index(
        imports.recent(50, actor),
        actor.can(Capability.IMPORT),
        error,
        List.of(ImportKind.values()),
        List.of(ImportMode.values()));
  }

  @PostMapping("/imports")
  String upload(
      @RequestParam(required = false) MultipartFile file,
      @RequestParam(required = false) String kind,
      @RequestParam(required = false) String mode,
      Actor actor,
      Model model)
      throws IOException {
    actor.require(Capability.IMPORT);
    if (file == null || file.isEmpty()) {
      model.addAttribute("view", indexView(actor, "import.file.empty"));
      return "imports/index";
    }
    ImportReport r =
        imports.submit(
            file.getBytes(),
            file.getOriginalFilename(),
            ImportKind.parse("kind", kind),
            ImportMode.parse("mode", mode),
            true,
            actor);
    return "redirect:/imports/" + r.id();
  }

  @GetMapping("/imports/{id}")
  String show(
      @PathVariable long id,
      @RequestParam(required = false) String outcome,
      Actor actor,
      Model model) {
    model.addAttribute("view", show(id, outcome, actor));
    return "imports/show";
  }

  private ImportPages.Show show(long id, String outcome, Actor actor) {
    ImportReport r = imports.require(id, actor);
    RowOutcome o = null;
    if (outcome != null && !outcome.isBlank()) {
      try {
        o = RowOutcome.valueOf(outcome.trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new BadRequestException("outcome", "error.parameter.invalid", "outcome", outcome);
      }
    } else if (r.rejected() > 0) {
      o = RowOutcome.REJECTED;
    }
    return new ImportPages.Show(
        r,
        o,
        r.status().running() ? List.of() : imports.rows(id, o, 0, SHOWN, actor),
        actor.can(Capability.IMPORT) && r.createdBy().equals(actor.username()),
        SHOWN);
  }

  /** The progress fragment; once the import is done, htmx reloads the page to show the report. */
  @GetMapping("/imports/{id}/progress")
  String progress(
      @PathVariable long id,
      @RequestHeader(value = "HX-Request", required = false) String htmx,
      Actor actor,
      HttpServletResponse response,
      Model model) {
    ImportPages.Show view = show(id, null, actor);
    if (!view.running() && htmx != null) {
      response.setHeader("HX-Refresh", "true");
    }
    model.addAttribute("view", view);
    return "imports/progress";
  }

  @PostMapping("/imports/{id}/commit")
  String commit(@PathVariable long id, Actor actor, Model model) {
    try {
      imports.commit(id, actor);
    } catch (ConflictException e) {
      // already committed or not committable: the page says where it stands
    }
    return "redirect:/imports/" + id;
  }

  @PostMapping("/imports/{id}/cancel")
  String cancel(@PathVariable long id, Actor actor) {
    imports.cancel(id, actor);
    return "redirect:/imports/" + id;
  }
}
