package org.fazhi.org.people;

/**
 * Filters of the people list; {@code null} means "any".
 *
 * @param unitId only people of this unit and the units below it
 */
public record PersonFilter(String name, Long unitId, String status) {
}
