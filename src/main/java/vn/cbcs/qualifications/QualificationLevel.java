package vn.cbcs.qualifications;

import java.util.List;

/** A level of a track, ranked; {@code aliases} are spellings seen in real files (no diacritics). */
public record QualificationLevel(
    Track track, String level, int rank, String nameVi, String nameEn, List<String> aliases) {}
