/**
 * Difficulties and proposals ("khó khăn, vướng mắc; kiến nghị, đề xuất"): raised about a commune,
 * resolved within authority or escalated level by level with working-day deadlines, answered,
 * confirmed by the commune; register, figures, digest and public counts.
 */
package vn.giupxa.obstacle;
