package vn.giupxa.obstacle;

/**
 * One action on an item: the text the actor writes (reason, solution, answer, question or
 * information), a handler for the next level where it applies, and the version the actor saw.
 */
record StepForm(String text, String handler, Long version) {
}
