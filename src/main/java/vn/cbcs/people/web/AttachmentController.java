package vn.cbcs.people.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.cbcs.people.Attachments;
import vn.cbcs.people.People;
import vn.cbcs.platform.Actor;
import vn.cbcs.platform.AsOf;
import vn.cbcs.platform.FieldError;
import vn.cbcs.platform.InvalidInputException;

/**
 * Scanned documents of a record: the person page's form and list, and the same through JSON. Every
 * way in calls {@link Attachments}, which decides who may add, list, open and remove.
 */
@Controller
class AttachmentController {

  private final Attachments attachments;
  private final People people;
  private final PersonPageController pages;

  AttachmentController(Attachments attachments, People people, PersonPageController pages) {
    this.attachments = attachments;
    this.people = people;
    this.pages = pages;
  }

  @GetMapping({
    "/people/{id}/attachments/{attachmentId}",
    "/api/people/{id}/attachments/{attachmentId}"
  })
  @ResponseBody
  ResponseEntity<byte[]> open(
      @PathVariable long id,
      @PathVariable long attachmentId,
      @RequestParam(defaultValue = "false") boolean download,
      Actor actor) {
    Attachments.File f = attachments.open(id, attachmentId, actor);
    ContentDisposition disposition =
        (download ? ContentDisposition.attachment() : ContentDisposition.inline())
            .filename(f.fileName(), StandardCharsets.UTF_8)
            .build();
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(f.contentType()))
        .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
        .header("X-Content-Type-Options", "nosniff")
        .cacheControl(CacheControl.noStore())
        .body(f.bytes());
  }

  @GetMapping("/api/people/{id}/attachments")
  @ResponseBody
  List<Attachments.Attachment> list(@PathVariable long id, Actor actor) {
    return attachments.list(id, actor);
  }

  @PostMapping(value = "/api/people/{id}/attachments", consumes = "multipart/form-data")
  @ResponseBody
  @ResponseStatus(HttpStatus.CREATED)
  Attachments.Attachment addApi(
      @PathVariable long id,
      @RequestParam Map<String, String> params,
      @RequestParam(value = "file", required = false) MultipartFile file,
      Actor actor)
      throws IOException {
    return attachments.add(id, upload(params, file), actor);
  }

  @DeleteMapping("/api/people/{id}/attachments/{attachmentId}")
  @ResponseBody
  ResponseEntity<Void> removeApi(
      @PathVariable long id,
      @PathVariable long attachmentId,
      @RequestParam(required = false) String reason,
      Actor actor) {
    attachments.remove(id, attachmentId, reason, actor);
    return ResponseEntity.noContent().build();
  }

  @PostMapping(value = "/people/{id}/attachments", consumes = "multipart/form-data")
  String add(
      @PathVariable long id,
      @RequestParam Map<String, String> params,
      @RequestParam(value = "file", required = false) MultipartFile file,
      Actor actor,
      Model model,
      RedirectAttributes redirect)
      throws IOException {
    people.requireEditable(id, actor);
    LocalDate asOf = AsOf.parseLenient("asOf", params.get("asOf"));
    try {
      attachments.add(id, upload(params, file), actor);
    } catch (InvalidInputException e) {
      Map<String, String> typed = new LinkedHashMap<>(params);
      typed.remove("file");
      List<FieldError> errors = new ArrayList<>(e.errors());
      if (errors.stream().noneMatch(x -> "file".equals(x.field())) && file != null) {
        // the browser cannot keep a chosen file across a refusal: say so beside the field
        errors.add(new FieldError("file", "person.attachment.file.again"));
      }
      model.addAttribute("view", pages.view(id, asOf, actor, "attachment", typed, errors, null));
      model.addAttribute("masked", people.masksSensitive(id, actor));
      return "people/show";
    }
    redirect.addFlashAttribute("flash", "person.attachment.saved");
    return "redirect:/people/" + id + "?asOf=" + asOf + "#attachments-h";
  }

  @PostMapping("/people/{id}/attachments/{attachmentId}/delete")
  String remove(
      @PathVariable long id,
      @PathVariable long attachmentId,
      @RequestParam Map<String, String> params,
      Actor actor,
      RedirectAttributes redirect) {
    LocalDate asOf = AsOf.parseLenient("asOf", params.get("asOf"));
    try {
      attachments.remove(id, attachmentId, params.get("reason"), actor);
      redirect.addFlashAttribute("flash", "person.attachment.removed");
    } catch (InvalidInputException e) {
      redirect.addFlashAttribute("flashError", e.errors().get(0).key());
    }
    return "redirect:/people/" + id + "?asOf=" + asOf + "#attachments-h";
  }

  private static Attachments.Upload upload(Map<String, String> params, MultipartFile file)
      throws IOException {
    return new Attachments.Upload(
        params.get("kind"),
        params.get("title"),
        params.get("number"),
        params.get("date"),
        file == null ? null : file.getOriginalFilename(),
        file == null || file.isEmpty() ? null : file.getBytes());
  }
}
