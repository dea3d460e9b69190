package vn.cbcs.units;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cbcs.platform.Actor;
import vn.cbcs.platform.BadRequestException;
import vn.cbcs.platform.Capability;
import vn.cbcs.platform.ConflictException;
import vn.cbcs.platform.ForbiddenException;
import vn.cbcs.platform.NotFoundException;
import vn.cbcs.units.internal.ChangeApplier;
import vn.cbcs.units.internal.ChangeChecks;
import vn.cbcs.units.internal.ChangeRows;
import vn.cbcs.units.internal.ChangeSpec;

/**
 * Dated changes of the map by resolution (ADR 16): the ones shipped with CBCS and the ones a
 * province officer records, corrects or withdraws. Each write recomputes the versions and links of
 * the codes concerned at once ({@link ChangeApplier}) and publishes {@link UnitMapChanged}.
 *
 * <p>Who may write: the keepers of the province's rules ({@link Capability#EDIT_RULES}) whose
 * ground covers every unit the change names, on the day it names it (the predecessors on the day
 * before the change, the successors on its day) — for a correction, the units of the version
 * corrected too. The order of the answers: the capability, then the change (404), then the ground
 * (403), then the draft (400).
 */
@Service
public class UnitChanges {

  private final ChangeRows rows;
  private final ChangeApplier applier;
  private final ChangeChecks checks;
  private final Units units;
  private final ApplicationEventPublisher events;

  UnitChanges(
      ChangeRows rows,
      ChangeApplier applier,
      ChangeChecks checks,
      Units units,
      ApplicationEventPublisher events) {
    this.rows = rows;
    this.applier = applier;
    this.checks = checks;
    this.units = units;
    this.events = events;
  }

  /** The changes in force (not withdrawn), newest first, optionally between two dates. */
  @Transactional(readOnly = true)
  public List<UnitChange> inForce(LocalDate from, LocalDate to) {
    return rows.inForce(from, to);
  }

  /** The changes in force that name a code, in the order they took effect. */
  @Transactional(readOnly = true)
  public List<UnitChange> involving(String code) {
    return rows.inForceInvolving(Set.of(code));
  }

  /** The current version of a change (withdrawn or not). */
  @Transactional(readOnly = true)
  public UnitChange require(long id) {
    return rows.current(id).orElseThrow(() -> new NotFoundException("unit.change.notFound", id));
  }

  /** Every version of a change, newest first. */
  @Transactional(readOnly = true)
  public List<UnitChange> history(long id) {
    List<UnitChange> versions = rows.versions(id);
    if (versions.isEmpty()) {
      throw new NotFoundException("unit.change.notFound", id);
    }
    return versions;
  }

  /** Whether the actor may record changes at all (the form is offered). */
  public boolean mayRecord(Actor actor) {
    return actor.can(Capability.EDIT_RULES);
  }

  /** Whether the actor may correct or withdraw this change. */
  @Transactional(readOnly = true)
  public boolean mayEdit(UnitChange change, Actor actor) {
    if (!actor.can(Capability.EDIT_RULES)) {
      return false;
    }
    try {
      requireGround(placed(change), actor);
      return true;
    } catch (ForbiddenException e) {
      return false;
    }
  }

  /** Records a change; the map shows it at once. */
  @Transactional
  public UnitChange record(UnitChangeDraft draft, Actor actor) {
    actor.require(Capability.EDIT_RULES);
    requireGround(checks.placed(draft), actor);
    ChangeSpec spec = checks.check(draft, true, null);
    long id = rows.write(spec, null, null, actor.username());
    recomputed(codes(spec), id);
    return require(id);
  }

  /**
   * Corrects a change: a new version with the reason for it; the old one stays in the history,
   * superseded, and the map is recomputed as if it had been right from the start.
   */
  @Transactional
  public UnitChange correct(long id, UnitChangeDraft draft, Actor actor) {
    actor.require(Capability.EDIT_RULES);
    rows.lock(id);
    UnitChange old = require(id);
    requireGround(placed(old), actor);
    requireGround(checks.placed(draft), actor);
    requireReason(draft.reason());
    rows.supersede(id, actor.username());
    // the draft is checked against the map without the version it replaces
    applier.recompute(old.codes());
    ChangeSpec spec = checks.check(draft, true, id);
    rows.write(spec, id, null, actor.username());
    Set<String> codes = new LinkedHashSet<>(old.codes());
    codes.addAll(codes(spec));
    recomputed(codes, id);
    return require(id);
  }

  /** Withdraws a change recorded by mistake: a last version that says so, with the reason. */
  @Transactional
  public UnitChange withdraw(long id, String reason, Actor actor) {
    actor.require(Capability.EDIT_RULES);
    rows.lock(id);
    UnitChange old = require(id);
    if (old.withdrawn()) {
      throw new ConflictException("unit.change.alreadyWithdrawn", id);
    }
    requireGround(placed(old), actor);
    requireReason(reason);
    rows.supersede(id, actor.username());
    rows.write(ChangeSpec.withdrawal(old, reason.strip()), id, null, actor.username());
    recomputed(old.codes(), id);
    return require(id);
  }

  private void recomputed(Set<String> codes, long id) {
    Set<String> family = applier.recompute(codes);
    events.publishEvent(new UnitMapChanged(Set.copyOf(family), id));
  }

  private static void requireReason(String reason) {
    if (reason == null || reason.isBlank()) {
      throw new BadRequestException("reason", "unit.change.error.reasonRequired");
    }
    if (reason.strip().length() > 1000) {
      throw new BadRequestException("reason", "unit.change.error.reason");
    }
  }

  private static Set<String> codes(ChangeSpec s) {
    Set<String> codes = new LinkedHashSet<>();
    s.predecessors().forEach(p -> codes.add(p.code()));
    s.successors().forEach(p -> codes.add(p.code()));
    return codes;
  }

  /** The units of a change as the map has them now, each with the day the change names it. */
  private List<Map.Entry<Unit, LocalDate>> placed(UnitChange c) {
    List<Map.Entry<Unit, LocalDate>> out = new java.util.ArrayList<>();
    for (UnitChange.Part p : c.predecessors()) {
      units
          .find(p.code(), c.lastDayBefore())
          .ifPresent(u -> out.add(Map.entry(u, c.lastDayBefore())));
    }
    for (UnitChange.Part p : c.successors()) {
      units
          .find(p.code(), c.effectiveDate())
          .ifPresent(u -> out.add(Map.entry(u, c.effectiveDate())));
    }
    return out;
  }

  /** Refuses (403) when the actor's ground does not cover one of the units on its day. */
  private void requireGround(List<Map.Entry<Unit, LocalDate>> placed, Actor actor) {
    if (actor.unrestricted()) {
      return;
    }
    Map<LocalDate, Set<String>> grounds = new HashMap<>();
    for (var e : placed) {
      Set<String> ground =
          grounds.computeIfAbsent(e.getValue(), d -> units.groundOf(actor.access(), d));
      if (!units.covers(ground, e.getKey(), e.getValue())) {
        throw new ForbiddenException("error.unit.outsideScope", e.getKey().fullName());
      }
    }
  }
}
