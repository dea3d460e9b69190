package vn.cbcs.indicators.internal;

import java.time.LocalDate;
import java.util.Map;
import vn.cbcs.qualifications.Track;

/** What indicators look at about one person in a commune post on a date. */
public record PersonFacts(
    long personId,
    String fullName,
    String communeCode,
    String positionCode,
    String sex,
    LocalDate birthDate,
    String ethnicityCode,
    LocalDate partyJoinDate,
    Map<Track, Integer> ranks) {}
