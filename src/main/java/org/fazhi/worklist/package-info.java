/**
 * 待办与预警 — everyone's to-do list and the red/yellow/green deadline lights (DESIGN §5 "Worklist"). Modules never
 * call it: they publish {@link org.fazhi.worklist.DeadlineSet} when a statutory clock starts or moves and
 * {@link org.fazhi.worklist.DeadlineCleared} when the step is done, inside the transaction of the business change, and
 * the item commits or rolls back with it. Lights are counted in working days on the legal calendar, so that a deadline
 * right after a long holiday turns yellow before the holiday, when there is still time to act.
 */
@org.springframework.modulith.ApplicationModule(displayName = "待办与预警",
        allowedDependencies = {"shared", "org", "calendar"})
@org.jspecify.annotations.NullMarked
package org.fazhi.worklist;
