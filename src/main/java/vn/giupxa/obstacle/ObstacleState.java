package vn.giupxa.obstacle;

/** Where an item stands. Changed only through {@link Obstacle}'s named methods. */
public enum ObstacleState {
	/** Held at a level, the deadline running. */
	OPEN,
	/** The level asked the raiser for information; the deadline clock is paused. */
	WAITING_FOR_INFORMATION,
	/** Resolved or answered; the raiser or the commune confirms or reopens it. */
	AWAITING_CONFIRMATION,
	/** Confirmed. */
	CLOSED
}
