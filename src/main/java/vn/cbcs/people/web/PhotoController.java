package vn.cbcs.people.web;

import java.io.IOException;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.cbcs.people.People;
import vn.cbcs.people.Photos;
import vn.cbcs.platform.Actor;
import vn.cbcs.platform.InvalidInputException;
import vn.cbcs.platform.NotFoundException;

/** The photo of a record: shown on the person page, uploaded by personnel officers. */
@Controller
class PhotoController {

  private final Photos photos;
  private final People people;

  PhotoController(Photos photos, People people) {
    this.photos = photos;
    this.people = people;
  }

  @GetMapping({"/people/{id}/photo", "/api/people/{id}/photo"})
  @ResponseBody
  ResponseEntity<byte[]> photo(@PathVariable long id, Actor actor) {
    Photos.Photo p =
        photos
            .find(id, actor)
            .orElseThrow(() -> new NotFoundException("person.photo.none", String.valueOf(id)));
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(p.contentType()))
        .cacheControl(CacheControl.noCache().cachePrivate())
        .body(p.bytes());
  }

  @PostMapping(value = "/people/{id}/photo", consumes = "multipart/form-data")
  String upload(
      @PathVariable long id,
      @RequestParam(value = "photo", required = false) MultipartFile file,
      Actor actor,
      RedirectAttributes redirect)
      throws IOException {
    people.requireEditable(id, actor);
    try {
      requireFile(file);
      photos.store(id, file.getBytes(), actor);
      redirect.addFlashAttribute("flash", "person.photo.saved");
    } catch (InvalidInputException e) {
      redirect.addFlashAttribute("flashError", e.errors().get(0).key());
    }
    return "redirect:/people/" + id;
  }

  @PostMapping(value = "/api/people/{id}/photo", consumes = "multipart/form-data")
  @ResponseBody
  Map<String, Object> uploadApi(
      @PathVariable long id,
      @RequestParam(value = "photo", required = false) MultipartFile file,
      Actor actor)
      throws IOException {
    people.requireEditable(id, actor);
    requireFile(file);
    photos.store(id, file.getBytes(), actor);
    return Map.of("id", id, "photo", "/api/people/" + id + "/photo");
  }

  private static void requireFile(MultipartFile file) {
    if (file == null || file.isEmpty()) {
      throw new InvalidInputException(
          java.util.List.of(new vn.cbcs.platform.FieldError("photo", "person.photo.missing")));
    }
  }
}
